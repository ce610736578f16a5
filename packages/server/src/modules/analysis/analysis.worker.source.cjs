'use strict';
/**
 * The analysis worker from its TypeScript source, for runs without a build (Jest): registers
 * SWC (as Jest's transform does) for `.ts` files in this worker thread, resolves the workspace
 * packages to their sources (as Jest's moduleNameMapper does), then loads analysis.worker.ts.
 * `npm start` never loads this file: it runs the compiled analysis.worker.js (decision 012).
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const packages = path.resolve(__dirname, '../../../..');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWorkspaceSource(request, ...rest) {
  const workspace = /^@schutznetz\/(domain|analysis)$/.exec(request);
  const target = workspace ? path.join(packages, workspace[1], 'src', 'index.ts') : request;
  return resolveFilename.call(this, target, ...rest);
};

module.exports = require('./analysis.worker.ts');
