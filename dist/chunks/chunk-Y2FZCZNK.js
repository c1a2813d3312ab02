#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);

// src/base/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
