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

class KrisenfestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value; // @Ctx() and the like: not client input
    // Fields are named as in other validation errors: `body`, not `input.body`; a lone argument by its name.
    const nul = findNul(value, typeof value === 'string' ? (metadata.data ?? '') : '');
    if (nul) throw BadUserInputError.field(nul, 'must not contain a NUL character');
    return super.transform(value, metadata);
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
