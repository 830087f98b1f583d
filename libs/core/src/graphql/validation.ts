import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, InvalidField } from '../errors';

function collect(errors: ValidationError[], prefix = ''): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...collect(error.children ?? [], field)];
  });
}

/**
 * class-validator on every input; failures become one BAD_USER_INPUT that names each invalid field.
 * Unknown properties are rejected, so a misspelt field is never silently ignored.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
