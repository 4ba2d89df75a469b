import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBoilerplate } from './filter-blocks.ts';

const long = ' The council met again on Thursday to discuss the budget for the coming year in great detail, with many residents present.';

const lines: [line: string, boilerplate: boolean][] = [
  ['*Werbung. Dieser Beitrag enthält Werbung für eine Marke.', true],
  [`This post contains references to products from one or more of our advertisers.${long}`, true],
  [`This article is the copyrighted property of Example News. Written permission must be obtained before reprint.${long}`, true],
  ['Never miss the latest news by signing up to our newsletter', true],
  ['For the latest stories download the Example News apps for your phone', true],
  ['Siguenos en Telegram, Instagram, Facebook y Twitter', true],
  ['If you enjoyed reading this post, please consider supporting us', true],
  ['Dieses Skript als PDF herunterladen', true],
  ['Inhaltsverzeichnis', true],
  ['Roman Novak, photo: Example Agency', true],
  ['Judy Eddy/WENN.com', true],
  ['aja/PAP', true],
  ['Fragen/Antworten', false],
  ['Werbung ist für viele Verlage die wichtigste Einnahmequelle, sagte die Ministerin am Montag.', false],
  ['The app was downloaded a million times in its first week.', false],
];
for (const [line, expected] of lines) test(`isBoilerplate: ${line.slice(0, 50)}`, () => assert.equal(isBoilerplate(line), expected));
