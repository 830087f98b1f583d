import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, InvalidField } from '../errors';

function collect(errors: ValidationError[], prefix = ''): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...collect(error.children ?? [], field)];
  });
}

/** The path of the first string holding a NUL character, which PostgreSQL cannot store in text. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 10 || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findNul(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Arguments at most this long (as JSON) are remembered once valid; longer ones (posts, texts) are checked each time. */
const REMEMBERED_ARGUMENT_LENGTH = 512;
const REMEMBERED_ARGUMENTS = 1000;

/** Freezes an object and everything in it, so a remembered argument cannot be changed by the request using it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

class KrisenfestValidationPipe extends ValidationPipe {
  /**
   * Small arguments that passed validation, as the (frozen) objects validation made of them, per class and JSON:
   * a list asked for with the same page size and filters again and again is validated once, not per request.
   */
  private readonly valid = new Map<unknown, Map<string, unknown>>();
  private remembered = 0;

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value; // @Ctx() and the like: not client input
    const json = metadata.metatype && value && typeof value === 'object' ? JSON.stringify(value) : undefined;
    const known =
      json !== undefined && json.length <= REMEMBERED_ARGUMENT_LENGTH ? this.valid.get(metadata.metatype)?.get(json) : undefined;
    if (known !== undefined) return known;
    // Fields are named as in other validation errors: `body`, not `input.body`; a lone argument by its name.
    const nul = findNul(value, typeof value === 'string' ? (metadata.data ?? '') : '');
    if (nul) throw BadUserInputError.field(nul, 'must not contain a NUL character');
    const transformed = await super.transform(value, metadata);
    if (json !== undefined && json.length <= REMEMBERED_ARGUMENT_LENGTH) {
      // Bounded: when full, start over; what is asked for often is remembered again at once.
      if (this.remembered >= REMEMBERED_ARGUMENTS) {
        this.valid.clear();
        this.remembered = 0;
      }
      let ofClass = this.valid.get(metadata.metatype);
      if (!ofClass) this.valid.set(metadata.metatype, (ofClass = new Map()));
      ofClass.set(json, deepFreeze(transformed));
      this.remembered++;
    }
    return transformed;
  }
}

/**
 * class-validator on every input; failures become one BAD_USER_INPUT that names each invalid field.
 * Unknown properties are rejected, so a misspelt field is never silently ignored.
 */
export function createValidationPipe(): ValidationPipe {
  return new KrisenfestValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = collect(errors);
      const summary = fields.map((f) => f.message).join('; ');
      return new BadUserInputError(`Please check your input: ${summary}`, fields);
    },
  });
}
