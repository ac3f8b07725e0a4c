package org.newsgraph.nlp;

import java.util.regex.Pattern;

/**
 * Words without which SUTime finds nothing in a sentence: digits, calendar names, units of
 * time, deictic time words, numerals and holidays. A sentence with none of them is not given to
 * SUTime. The list is checked against full SUTime output on the gold sets (TimeTriggersTest).
 */
final class TimeTriggers {

  private TimeTriggers() {}

  static final Pattern TRIGGER =
      Pattern.compile(
          "\\d|(?i)\\b(?:"
              // calendar names
              + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
              + "|april|june|july|august|september|october|november|december"
              + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday"
              + "|friday|saturday|sunday|weekdays?|weekends?"
              // units and periods
              + "|years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?"
              + "|secs?|decades?|century|centuries|millenn?i(?:a|um|ums)|fortnights?|quarters?"
              + "|semesters?|seasons?|spring|summer|autumn|fall|winter|centennial|eras?|periods?"
              + "|times?|moments?|morning|afternoon|evening|night|nights|tonight|noon|midnight"
              + "|dawn|dusk|daybreak|sunrise|sunset|midday|overnight|lunchtime"
              // deictic and frequency words
              + "|today|tomorrow|yesterday|now|currently|current|recent|recently|past|present"
              + "|future|ago|soon|later|lately|earlier|once|twice|thrice|annual|annually|daily"
              + "|weekly|monthly|yearly|hourly|nightly|biweekly|quarterly|fiscal|fy|eve|dusk"
              + "|nowadays|meanwhile|previously|formerly|momentarily|instantly|immediately|forever"
              + "|eternity|lifetime|sometimes|often|anymore"
              // numerals spelled out
              + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
              + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
              + "|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|several|few|couple"
              + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next"
              + "|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties"
              + "|teens|oughts|aughts"
              // holidays
              + "|christmas|xmas|easter|thanksgiving|halloween|ramadan|eid|hanukkah|chanukah"
              + "|passover|diwali|yom|kippur|rosh|hashanah|new\\s+year|valentine|labor|labour"
              + "|memorial|veterans|independence|mardi|gras|lent|advent|boxing|solstice|equinox"
              + "|thanksgiving|mlk|presidents|columbus|bastille|hogmanay|purim|kwanzaa|pentecost"
              + "|ascension|epiphany|halloween|groundhog|father|mother|mothers|fathers"
              + ")\\b");

  static boolean mayContainTime(CharSequence sentence) {
    return TRIGGER.matcher(sentence).find();
  }
}
