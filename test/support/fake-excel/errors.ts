// Errors as Office.js raises them: an OfficeExtension.Error has a `code` (ItemNotFound,
// AccessDenied, InvalidOperationInCellEditMode, …), a message and debug information.

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidObjectPath';

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** The client-side error of office.js for a property read before load + sync (office_strings.debug.js). */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function protectedSheetError(where: string): FakeOfficeError {
  return new FakeOfficeError(
    'AccessDenied',
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    where,
  );
}
