// Tauri's `freezePrototype` freezes Object.prototype before any of Ebb's code runs. Two d3
// modules then throw while loading, because they *assign* a property that Object.prototype
// already has (`constructor`, `toString`), which a frozen prototype forbids in strict code
// (the "override mistake"). This rewrites those two assignments as property definitions,
// which have the same effect and are allowed. The build fails if the code it expects is gone,
// so an update of d3 cannot silently bring the problem back.
import type { Plugin } from 'vite';

const FIXES: { file: RegExp; from: string; to: string }[] = [
  {
    file: /d3-color\/dist\/d3-color\.mjs$/,
    from: 'prototype.constructor = constructor;',
    to: 'Object.defineProperty(prototype, "constructor", { value: constructor, writable: true, configurable: true });',
  },
  {
    file: /d3-format\/dist\/d3-format\.mjs$/,
    from: 'FormatSpecifier.prototype.toString = function() {',
    // A hoisted function declaration; the original closing `};` becomes an empty statement.
    to: 'Object.defineProperty(FormatSpecifier.prototype, "toString", { value: formatSpecifierToString, writable: true, configurable: true });\nfunction formatSpecifierToString() {',
  },
];

export function frozenPrototypeSafe(): Plugin {
  return {
    name: 'ebb-frozen-prototype-safe',
    enforce: 'pre',
    transform(code, id) {
      const fix = FIXES.find((f) => f.file.test(id));
      if (!fix) return null;
      if (!code.includes(fix.from)) this.error(`${id}: expected "${fix.from}" to rewrite for a frozen Object.prototype`);
      return { code: code.replace(fix.from, fix.to), map: null };
    },
  };
}
