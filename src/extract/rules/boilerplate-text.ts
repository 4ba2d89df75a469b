import { MONTHS } from './metadata-tags.ts';

/**
 * Short lines that are boilerplate whatever element holds them. Applied only to short blocks
 * (MAX_BOILERPLATE_LINE_CHARS in the filter) so that prose mentioning these words survives.
 */

const DATE_WORDS = [...Object.keys(MONTHS), 'uhr', 'am', 'pm', 'um', 'at', 'le', 'de', 'del', 'di', 'cet', 'cest', 'utc', 'gmt', 'est', 'edt', 'h',
  'published', 'updated', 'posted', 'veröffentlicht', 'aktualisiert', 'erstellt', 'stand', 'publié', 'mis', 'à', 'jour', 'publicado', 'actualizado', 'pubblicato', 'aggiornato',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  // Labels and months the metadata month table leaves out (Polish and Portuguese genitives, Swiss and Italian labels).
  'publiziert', 'veröffentlichung', 'erschienen', 'datum', 'date', 'il', 'ultima', 'modifica', 'asked', 'edited', 'modified',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'janeiro', 'fevereiro', 'março', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro'].join('|');
/** A numeric date ("03.04.2020", "2021-10-16") or a day, month name and year ("24. März 2004"). */
const DATE = '(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.?\\s\\p{L}{3,12}\\.?\\s\\d{4})';
/** A short line that is a date with a time and up to two labels around it ("Energie 12.12.2022, 08:30 Uhr", "2021-10-16 | Botschaft"). */
const LABELLED_DATE_LINE = new RegExp(`^([\\p{L}-]+:?\\s+){0,2}${DATE}(,?\\s*(um\\s|at\\s|à\\s)?\\d{1,2}[:.]\\d{2}(\\s*(uhr|h))?)?(\\s*[|·•]?\\s*[\\p{L}-]+){0,2}$`, 'iu');
/** A line made only of dates, times and date labels ("Updated: 03.04.2020, 08:30 Uhr"); letter runs and the rest alternate, so matching is linear. */
const DATE_LINE = new RegExp(`^(?=.*\\d)(?!.*[€$£¥%]|\\s*\\+)[^\\p{L}]*((${DATE_WORDS})\\.?[^\\p{L}]*)*$`, 'iu');

/** A text pattern with the reason it marks boilerplate. */
export interface TextRule {
  pattern: RegExp;
  reason: string;
  /** The phrase is specific enough to mark a block of any length (disclosures and notices run long). */
  anyLength?: boolean;
}

/** Boilerplate line patterns, several languages. */
export const BOILERPLATE_LINES: readonly TextRule[] = [
  { pattern: /\b(we use|this (site|website) uses|utilizamos|nous utilisons|wir verwenden|verwendet) cookies\b|\bcookie (policy|settings|preferences)\b|\baccept (all )?cookies\b|\bcookie-?(richtlinie|einstellungen|hinweis)/i, reason: 'cookie notices' },
  { pattern: /^(sign up|subscribe|register)( now| today)?( for| to)? (our|the)? ?(free )?(daily |weekly )?newsletter|\bnewsletter (abonnieren|bestellen|anmelden)|^(jetzt )?(anmelden|abonnieren)$|inscrivez-vous à (notre|la) newsletter/i, reason: 'newsletter sign-up prompts' },
  { pattern: /^(share|teilen|partager|compartir|condividi)( (this|on|via|auf|sur|en|su)\b.*)?$|^(share|tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit|telegram|x)(\s*[|·•/]\s*(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|x))*$/i, reason: 'share bars' },
  { pattern: /^(related|read more|read also|see also|more from|recommended|you (may|might) also like|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|à lire aussi|lire aussi|leer más|ver también)\b.{0,80}$/i, reason: 'related-article teasers' },
  { pattern: /\b(donate|support (our|independent) journalism|become a (member|supporter)|make a contribution|jetzt spenden|unterstützen sie)\b/i, reason: 'donation appeals' },
  { pattern: /\b(subscribe (now|today|to)|already a subscriber|subscribers? (also )?(get|receive)|download (our|the) app|jetzt abonnieren|abo abschließen|unterstütze[n]? (uns|sie)|canal de telegram|telegram[- ]kanal|whatsapp[- ](channel|kanal)|follow us on)\b/i, reason: 'subscription and app prompts' },
  { pattern: /^(zobacz (również|też|także)|czytaj (też|także|również)|przeczytaj (też|także)|veja também|leia também|lea también|lee también|leggi anche|read (also|more|next)|see also|lesen sie auch|lesen sie mehr|mehr zum thema|à lire aussi|lire aussi)(?![\p{L}\p{N}])/iu, reason: 'inline read-also teasers (the end is tested with a Unicode letter class: \\b misses "również")' },
  { pattern: /copyrighted (property|material)|written permission (must|is required)|may not be (reproduced|republished|reprinted)|nachdruck (nur|verboten)/i, reason: 'copyright notices' },
  { pattern: /^(\d+\s+)?(comments?|kommentare?|commentaires?|comentarios?)(\s*\(\d+\))?$|^(leave|post|add|write) a (comment|reply)|^(kommentar schreiben|antworten|reply)$/i, reason: 'comment section headers' },
  { pattern: /^(©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés/i, reason: 'copyright lines' },
  { pattern: /^\(?(abbildung|abb\.|figure|fig\.|grafik|bild)\s*\d+[a-z]?\s*[:.]|^\((photo|foto|fotos|credit|crédito|quelle|source|bild|image|fuente)\s*:[^)]{1,80}\)$|[.!?]\s+(foto|photo|crédito|credit|quelle|fuente)\s*:\s*[^.]{1,40}$|\s©\s*[^.©]{1,40}$/i, reason: 'numbered figure captions and picture credits in or after a caption' },
  { pattern: /^this entry was posted (in|on)\b|\bbookmark the permalink\b|\bund wurde unter .{1,80} abgelegt\b|\bund abgelegt unter\b|^(dieser (beitrag|eintrag) wurde (am|unter))\b|^der beitrag wurde am .{1,80} veröffentlicht\b/i, anyLength: true, reason: 'WordPress post footers ("This entry was posted in … Bookmark the permalink."); the phrases are specific, so any length' },
  { pattern: /(…|\.\.\.)\s*\[?(mehr|more|read more|weiterlesen|więcej|lire la suite|leer más|continue reading)\]?\s*(»|›|>+|•+)?$|\[(więcej|mehr|more)\]$|^(…|\.\.\.)\s*weiter zu\b/i, anyLength: true, reason: 'teaser snippets that end in a "… more" link' },
  { pattern: /^(aufrufe|views|hits|zugriffe)\s*:\s*\d+|^(von|by|autor|author|verfasst von|erschienen in|published in|release date|news date)\s*:?$/i, reason: 'view counters and lone metadata labels' },
  { pattern: /^(suggested citation|zitiervorschlag|zitierweise|cite (this|as))\b/i, anyLength: true, reason: 'citation suggestions after academic blog posts' },
  { pattern: /\bwith the [\p{L}\p{N} ]{1,30} app\.?$|\bzapraszamy (też |również )?do (subskrypcji|prenumeraty)\b/iu, reason: 'app and subscription invitations' },
  { pattern: /^(więcej informacji|mehr informationen|plus d'informations|más información)\s*:?$/i, reason: 'lone "more information" link labels' },
  { pattern: /^(abbildung|abb\.|figure|fig\.)\s*\d*[a-z]?\s*:|^(vergrößern|enlarge)\s+\p{Lu}/iu, anyLength: true, reason: 'figure captions ("Abbildung: …", "Figure 3: …", "Vergrößern …" zoom captions) at any length' },
  { pattern: /^(kommentare?|comments?) (schreiben|insgesamt|total)\b|^(you must be|du musst|sie müssen) (logged in|eingeloggt|angemeldet)\b.{0,80}(comment|kommentar)|^(noch keine|no) (bewertungen|ratings)( yet)?\)?$|^\(noch keine bewertungen\)$/i, reason: 'comment and rating prompts' },
  { pattern: /^(follow|folgen sie|folge|suivez|síguenos|siguenos|sigue|siga-nos|nos siga|seguici|seguinos)\b.{0,80}\b(twitter|facebook|instagram|youtube|telegram|tiktok|linkedin|whatsapp|google news)\b|^nos siga( no| nas)?$|\bnuestro canal de (youtube|telegram|whatsapp)\b/i, reason: 'social follow prompts naming a network' },
  { pattern: /\b(jede (kleine )?spende (hilft|zählt)|hazte (miembro|socio)|help us (continue|keep)|unterstützen sie unsere arbeit)\b/i, reason: 'donation and membership appeals' },
  { pattern: /^(drukuj|imprimir|imprimer|drucken|print|permalink|permalien|externer inhalt|externe inhalte|weiterführender link|bild anzeigen( bild schließen)?)$|\bum den inhalt von .{1,60} zu laden\b|^(externe[nr]? inhalte?|inhalt) (laden|anzeigen|aktivieren)\b|^click (here )?to load (the )?(content|video|map)\b/i, reason: 'print and permalink links and placeholders of blocked embeds' },
  { pattern: /^(mitglieder in diesem forum|users browsing this forum|wer ist online|who is online)\b/i, reason: 'forum presence counters' },
  { pattern: LABELLED_DATE_LINE, reason: 'labelled date lines ("Energie 12.12.2022, 08:30 Uhr")' },
  { pattern: /^(photo|foto|image|bild|picture|credit|crédits?|quelle|source|źródło|fuente|fonte|titelbild|beitragsbild|abbildung|abb\.|grafik|illustration|video|zdjęcie|fot\.)s?( photos?)?\s*:|^(photograph|photo|illustration|image) (by|courtesy|credit)|^image illustrative|\b(getty images|reuters\/|ap photo|afp via getty|dpa\/|istockphoto|shutterstock|domena publiczna)\b/i, reason: 'picture captions and credits' },
  { pattern: /^[-–—\s]*(advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama|sponsored( content)?)[-–—\s:]*$/i, reason: 'advertising labels' },
  { pattern: DATE_LINE, reason: 'date and time lines (metadata, kept in meta not text)' },
  { pattern: /^(published|updated|aktualisiert|veröffentlicht|zuletzt aktualisiert|publié|mis à jour)\s*:?$/i, reason: 'date labels' },
  { pattern: /^(by|von|par|por|di|door|av|przez)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and|und|et|y|e|&)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*\s*$/iu, reason: 'bylines (authors are kept in meta)' },
  { pattern: /^(skip to (main )?content|back to top|zum inhalt springen|nach oben|menu|menü|search|suche)$/i, reason: 'navigation leftovers' },
  { pattern: /^(kategorie|kategorien|category|categories|rubrik|ressort|filed under|posted in|tags?|tagged|schlagworte?|schlagwörter|stichworte?|etiquetas|étiquettes|mots-clés|tagi)\s*:\s*.{0,80}$/i, reason: 'category and tag labels' },
  { pattern: /^(follow us|folgen sie uns|suivez-nous)\b/i, reason: 'social follow prompts' },
  { pattern: /^\*?(werbung|anzeige)\s*[.,:]|\baffiliate[- ]links?\b|^this (post|article|page) contains (references|affiliate|links)|^we recommend the best products|\b(may|might) (earn|receive) (a )?(small )?commission\b/i, anyLength: true, reason: 'advertising and affiliate disclosures' },
  { pattern: /\bwritten permission must be obtained\b|\bis the copyrighted property of\b|\bis not responsible for the (opinions|content|statements)\b|^\(?alle angaben ohne gewähr/i, anyLength: true, reason: 'legal notices and comment disclaimers' },
  { pattern: /^(never miss|don'?t miss) (the latest|a story|out)|\bby signing up\b|\bcancel anytime\b|\bcancela cuando quieras\b|\bjederzeit kündbar\b|^(immediate|instant|unlimited) (online )?access to\b|^pour accéder en illimité/i, reason: 'sign-up and paywall offers' },
  { pattern: /\bdownload the [\p{L}\p{N} ]{1,30} apps?\b|^(síguenos|siguenos|seguinos|suivez-nous|folge uns) (en|on|sur|auf)\b|^unterstütze\b/iu, reason: 'app and social prompts' },
  { pattern: /^if you (enjoyed|liked) (reading )?this (post|article|story)|^we want to hear what you think/i, reason: 'feedback and support appeals after the article' },
  { pattern: /\b(als pdf herunterladen|download (as|the) pdf|print this (article|page)|rezept drucken|artikel drucken)\b/i, reason: 'print and download links' },
  { pattern: /^(inhaltsverzeichnis|table of contents|contents|inhalt|índice|sommaire)$/i, reason: 'table-of-contents headings' },
  { pattern: /,\s*(photo|foto|photograph|bild)\s*:\s*\S.{0,60}$/i, reason: 'inline picture credits ("Name, photo: Agency")' },
  { pattern: /^(\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3}|\p{Ll}{2,4})\s?\/\s?\p{Lu}[\p{L}.\- ]{1,30}$/u, reason: 'photo and agency credits ("Jane Doe/Agency.com", "aja/PAP")' },
  { pattern: /javascript (is )?(disabled|required)|enable javascript|your browser does not support/i, reason: 'browser warnings' },
];

/**
 * Short lines that open the furniture after an article (related links, feedback polls, tags, author boxes,
 * comments). Once one appears late in the text, it and everything after it are dropped.
 */
export const TAIL_MARKERS: readonly TextRule[] = [
  { pattern: /^(related|similar|more|further|recommended|popular|latest|trending)( \w+){0,3}( articles?| stories| posts| news| reading| links| content)?:?$/i, reason: 'related-article headings (English)' },
  { pattern: /^(you (may|might) (also )?(like|enjoy|be interested)|read (more|next|also)|see also|more (from|on|about)|don'?t miss|also (on|in)\b|keep reading|what to read next)\b/i, reason: 'read-next prompts (English)' },
  { pattern: /^(ähnliche (beiträge|artikel|themen)|verwandte (beiträge|artikel|themen)|das (könnte|dürfte) (dich|sie) (auch )?interessieren|(diese|weitere) (beiträge|artikel)|mehr zum thema|lesen sie (auch|mehr)|auch interessant|weiterführende links?|weitere (informationen|infos|links|themen)|vorschau auf den nächsten|nächster (artikel|beitrag)|vorheriger (artikel|beitrag))/i, reason: 'related-article headings (German)' },
  { pattern: /^(à (lire|découvrir)|lire aussi|sur le même (sujet|thème)|articles? (similaires|liés|connexes)|dans la même rubrique)/i, reason: 'related-article headings (French)' },
  { pattern: /^(te puede interesar|noticias relacionadas|artículos relacionados|contenido relacionado|notas relacionadas|leggi anche|articoli correlati|potrebbe interessarti)/i, reason: 'related-article headings (Spanish, Italian)' },
  { pattern: /^(das thema könnte (dich|sie) (auch )?interessieren|audios? et vidéos sur le sujet|videos? zum thema|mehr zu (diesem thema|dem thema)\b)/i, reason: 'related-media headings' },
  { pattern: /^this entry was posted (in|on)\b/i, reason: 'WordPress post footer' },
  { pattern: /^(was (this|the) (article|page|post) (useful|helpful)|(fanden sie|war) (diese[rn]?|der) (artikel|beitrag|seite) (nützlich|hilfreich)|hat (ihnen|dir) (dieser|der) (artikel|beitrag) gefallen|möchten sie (den|diesen) artikel teilen|rate this)/i, reason: 'feedback polls' },
  { pattern: /^(tags?|schlagworte?|schlagwörter|stichworte?|themen|topics|keywords|mots-clés|etiquetas|categories|kategorien?)\s*:?$/i, reason: 'tag lists' },
  { pattern: /^(about the author|über (den|die) autor(in)?|zum autor|zur autorin|l'auteur|sobre el autor|author bio)/i, reason: 'author boxes' },
  { pattern: /^((\d+ )?(comments?|responses?|replies|kommentare?|leserkommentare|commentaires?|comentarios?)( \(\d+\))?|(leave|post|add|write) a (comment|reply)|kommentar (schreiben|verfassen|hinterlassen)|schreibe einen kommentar|diskutieren sie mit|laisser un commentaire|deja un comentario)\s*:?$/i, reason: 'comment sections' },
  { pattern: /^(share (this|the) (article|story|post|page)|diesen (artikel|beitrag) teilen|artikel teilen|partager (cet|l')article)/i, reason: 'share prompts' },
  { pattern: /^(explore further|further reading|more information|more info|sources?|references|quellen(angaben)?|originalpublikation|original publication|weitere informationen|weiterführende informationen|empfohlene (beiträge|artikel)|empfehlungen aus|themen in diesem artikel|weitere \w+tipps|zobacz (również|też)|czytaj (też|także|również)|dowiedz się więcej|przeczytaj także)\b/i, reason: 'further-reading and source sections' },
  { pattern: /^(weitere inhalte zu|alle nachrichten zu)\b/i, reason: 'more-content links after the article (German)' },
  { pattern: /^(zum weiterlesen|weiterlesen|schon gelesen|auch lesen|lesen sie hier|meist(gelesen|diskutiert|geklickt)e?|most (popular|read|viewed|shared)|lust auf mehr|noch mehr|entdecke (weitere|mehr)|mehr (kolumnen|artikel|beiträge|news|nachrichten|zum thema|aus)|themen (im|des) artikels?|temas|le puede interesar|lea también|lee también|neugierig geworden|if you (enjoyed|liked)|we want to hear|do you want to be informed|zusatzinformationen|pressekontakt|kontakt|ansprechpartner(in)?|keine kommentare|no comments)\b/i, reason: 'read-more, contact and poll sections' },
  { pattern: /^((diese seite|artikel|beitrag|news|seite) teilen|hier können sie (den|diesen) artikel bewerten|(artikel|beitrag) gefallen|gefällt (dir|ihnen) (unser|dieser|der))/i, reason: 'share and rating prompts' },
  { pattern: /^(letzte änderung|zuletzt (aktualisiert|geändert)|last (updated|modified)|ultima modifica|dernière mise à jour)\b/i, reason: 'page-update footers' },
];
