import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterBlocks, isBoilerplate } from './filter-blocks.ts';

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
  ['Energie 12.12.2022, 08:30 Uhr', true],
  ['2021-10-16 | Botschaft', true],
  ['Publiziert: 03.04.2020, 12:35', true],
  ['16 marca 2021', true],
  ['Zobacz również', true],
  ['This entry was posted in General. Bookmark the permalink.', true],
  ['(Quelle: Foto Max Muster)', true],
  ['Pupils wait outside the school on Monday. Foto: Andina', true],
  ['The skier after his second run. © AFP / JOHN DOE', true],
  ['Abbildung 4: klassische Schwachschicht.', true],
  ['Follow The Example Times on Twitter and Instagram', true],
  ['Nos siga no', true],
  ['Kommentare schreiben', true],
  ['Etiquetas:', true],
  ['Jede kleine Spende hilft den Menschen in Not!', true],
  ['Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden.', true],
  [`Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.${long}`, true],
  ['Auskunft über vergangenes Wetter… mehr •••', true],
  ['Aufrufe: 1120 | Hinzugefügt von: Anna', true],
  ['Von:', true],
  [`SUGGESTED CITATION Doe, Jane: A title, ExampleBlog, 2020/4/09.${long}`, true],
  ['Get the latest news straight to your phone with the Example News app.', true],
  [`Abbildung: Vergleich der Messungen auf dem Gletscher.${long}`, true],
  ['Vergrößern Eine kleine runde Aussparung für die Kamera.', true],
  ['Mehr Informationen zum Thema finden Sie im Bericht des Ministeriums, der am Montag erschien.', false],
  ['Views of the valley were spectacular, she said.', false],
  ['286,35 €', false],
  ['+81 158-23-2012', false],
  ['Am 12.03.2020 trat das Gesetz in Kraft.', false],
  ['Berlin, 12. März 2020 – Die Regierung hat am Montag beschlossen, die Steuern zu senken.', false],
  ['Die Preise stiegen um 5 %.', false],
  ['Fragen/Antworten', false],
  ['Werbung ist für viele Verlage die wichtigste Einnahmequelle, sagte die Ministerin am Montag.', false],
  ['The app was downloaded a million times in its first week.', false],
];
for (const [line, expected] of lines) test(`isBoilerplate: ${line.slice(0, 50)}`, () => assert.equal(isBoilerplate(line), expected));

const para = (n: number) => ({ text: `Paragraph ${n} of the article tells the reader what happened and why it matters.`, kind: 'body' as const, linkChars: 0, tag: 'p' });
// [first block, whether it survives filtering]
const firstLines: [first: string, kept: boolean][] = [
  ['Community', false],
  ['Politik Inland', false],
  ['Berlin.', true],
  ['The minister spoke', true],
  ['Monday: a vote', true],
];
for (const [first, kept] of firstLines) {
  test(`filterBlocks kicker: "${first}"`, () => {
    const result = filterBlocks([{ text: first, kind: 'body', linkChars: 0, tag: 'div' }, para(1), para(2)]);
    assert.equal(result[0]!.text === first, kept);
  });
}
