/** Function words skipped when picking an article's content terms (English plus the commonest of a few European languages). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    // English
    'a about above after again against all almost also although always am among an and another any are around as at away back be became because become been before being below between both but by came can cannot could did do does doing done down during each either else even ever every few first for from further get gets got had has have having he her here hers herself him himself his how however i if in into is it its itself just last later least less like made make many may me might more most much must my myself near need never new next no nor not now of off often on once one only or other others our ours out over own per perhaps put rather really said same say says see seen several she should since so some still such take than that the their theirs them themselves then there these they this those though three through thus to today too toward two under until up upon us use used very via was way we well were what whatever when where whether which while who whom whose why will with within without would year years yet you your yours ' +
    'mr mrs ms dr told tell according including include includes week weeks month months day days time times people percent monday tuesday wednesday thursday friday saturday sunday ' +
    // German, French, Spanish, Italian, Dutch, Portuguese (frequent function words only)
    'der die das und ist nicht mit sich auf für von dem den des ein eine einer eines im zu als auch es an aus bei nach wie wird werden hat haben sind war noch nur oder aber ' +
    'le la les un une des du et est pas pour que qui dans sur au aux avec par plus ce cette ses son sont été ont il elle ils mais ou ' +
    'el los las del que en por con para una su sus al lo como más pero fue ha han ser se sobre este esta ' +
    'il di che non per una sono della dei delle nel alla gli le si come anche più ' +
    'de het een van en dat niet op te zijn voor met ook als er maar bij om ' +
    'os as um uma do da dos das em no na nos nas por para com não mais foi são'
  ).split(/\s+/),
);
