package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;

/**
 * Finds the legacy encoding of text that is not UTF-8 and declares none: each candidate
 * charset that decodes the bytes without error is read, and the one whose text reads most like
 * a language wins. Wrong readings leave marks a reader sees at once: symbols inside words
 * ("Mi³oœæ" for the Polish "Miłość"), words of one script broken by another ("Mдrz"), Latin
 * words made of accented letters only ("Ïðèâåò" for the Russian "Привет"), Cyrillic words in
 * capitals throughout (KOI8-R read as windows-1251, and the reverse), and Chinese, Japanese or
 * Korean text without the characters those languages use most.
 *
 * <p>A reading scores the share of its non-ASCII characters that are plausible. Ties go to the
 * earlier candidate: windows-1252 first, the commonest legacy encoding of the web. Scripts the
 * candidates cover: Latin (Western and Central European, Turkish, Baltic), Cyrillic, Greek,
 * Hebrew, Arabic, Japanese, Chinese (simplified and traditional) and Korean.
 */
final class CharsetGuess {

  /**
   * A reading: the charset, its text, its score (share of plausible characters) and how many
   * characters were judged.
   */
  record Reading(Charset charset, String text, double score, int judged) {}

  /**
   * Characters a reading other than the first candidate's must have judged: two stray bytes
   * at the end of an English text are no evidence of Cyrillic.
   */
  static final int MIN_EVIDENCE = 8;

  /** Candidates, in order of preference when readings score the same. */
  static final List<String> CANDIDATES =
      List.of(
          "windows-1252", "windows-1250", "windows-1254", "windows-1257", "windows-1255",
          "windows-1256", "windows-1251", "KOI8-R", "windows-1253", "windows-31j",
          "EUC-JP", "GB18030", "Big5", "EUC-KR");

  /** Non-ASCII characters read at most per candidate: a page's first stretch tells. */
  static final int SAMPLE_CHARS = 65_536;

  /**
   * The most frequent Han characters of Chinese (simplified and traditional forms) and of
   * Japanese kanji. They make up about a third of the characters of a Chinese text; a wrong
   * reading of the bytes yields rare characters instead.
   */
  static final String COMMON_HAN =
      "的一是不了人我在有他这這中大来來上国國个個到说說们們为為子和你地出道也时時年得就那要"
          + "下以生会會自着著去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒日于於起还還"
          + "发發成事只作当當想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動"
          + "两兩长長知民样樣现現分将將外但身些与與高意进進把法此实實回二理美点點月明其种種声聲全"
          + "工己话話儿兒者向情部正名定女问問力机機给給等几幾很业業最间間新什打便位因重被走电電四"
          + "第门門相次东東政海口使教西再平真听聽世气氣信北少关關并內内加化由却代军軍产產入先山五"
          + "太水万萬市眼体體别別处處总總才场場师師书書比住员員九笑性通目华華报報立马馬命张張活难難"
          + "神数數件安表原车車白应應路期叫死常提感金何更反合放做系计計或司利受光王果亲親界及今京务"
          + "務制解各任至清物台象记記边邊共风風战戰干接它许許八特觉覺望直服毛林题題建南度统統色字请"
          + "請交爱愛让讓认認算论論百吃义義科怎元社术術结結六功指思非流每青管夫连連远遠资資队隊跟带"
          + "帶花快条條院变變联聯言权權往展该該领領传傳近留红紅治决決周保达達办辦运運武半候七必城父"
          + "強强步完革深区區即求品士转轉量空甚众眾技轻輕程告江语語英基派满滿式李息写寫呢识識极極令"
          + "黄黃德收脸臉钱錢党黨倒未持取设設始版双雙历歷越史商千片容研像找友孩站广廣改议議形委早房"
          + "音火际際则則首单單据據导導影失拿网網香似斯专專石若兵弟谁誰校读讀志飞飛观觀争爭究包组組"
          + "造落视視济濟喜离離虽雖坐集编編宝寶谈談府拉黑且随隨格尽盡剑劍讲講布杀殺微怕母调調局根曾"
          + "準准团團段终終乐樂切级級克精哪官示冷域读病晚區報導警察議員選舉週職業億";

  /** The kana Japanese writes most (particles, endings): a third of a Japanese text. */
  static final String COMMON_KANA =
      "のにはをたがでてとしれさいるかなもっうこありまよすくおだきつんそけえせやわめらほねみ"
          + "ーンスルトクイラリタカシアドレッロプジフマコナグサキ";

  /** The Hangul syllables Korean writes most (particles, endings, common words). */
  static final String COMMON_HANGUL =
      "이의다는에을하고를지한가기로서도사대리자정어시으인일있수나보해아국들것게만과부제전"
          + "마그주원장없요적중년면라여동상성우경위내방소와비세신관회실문화할된되했니까습"
          + "각간갈감갑강개거건걸검겠격견결경계곳공관광교구군권귀규극근글금급긴길김까난날남너네"
          + "노능단달담당더던데독될두듯등디따때또란람랑래러런럼레려력련령록론료루류르른름린림만많"
          + "말맞매머먼메며명모목무문물미민및바박반받발방배백버번법변별복본북분불비산살새생석선설"
          + "속손순술스시식심안않알앞애야약양억언얼엄업었여역연열영예오온올완왕외용운울원월유율은"
          + "음응입작재저절점조족존종준즉증직진질집차참창책처천청체초총최추축출충치카크타태택터토"
          + "통투트특파판편평포표프피필학함합항행향허험현형호혹확환활후히";

  private CharsetGuess() {}

  /**
   * A reading with fewer plausible characters than this is no reading: bytes that no candidate
   * turns into words are not text in any of them.
   */
  static final double MIN_SCORE = 0.5;

  /**
   * The best reading of bytes that are not UTF-8, or empty when no candidate decodes them into
   * text that reads as words ({@link #MIN_SCORE}).
   */
  static Optional<Reading> guess(byte[] b) {
    Reading best = null;
    for (String name : CANDIDATES) {
      if (!Charset.isSupported(name)) {
        continue;
      }
      Charset cs = Charset.forName(name);
      Optional<String> text = strict(b, cs);
      if (text.isEmpty()) {
        continue;
      }
      int[] judged = new int[1];
      Reading r = new Reading(cs, text.get(), score(text.get(), judged), judged[0]);
      if (r.judged() < MIN_EVIDENCE && !name.equals(CANDIDATES.get(0))) {
        continue;
      }
      if (best == null || r.score() > best.score() + 1e-9) {
        best = r;
      }
    }
    return best == null || best.score() < MIN_SCORE ? Optional.empty() : Optional.of(best);
  }

  private static Optional<String> strict(byte[] b, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The share of the text's non-ASCII characters that are plausible, over its first {@link
   * #SAMPLE_CHARS} non-ASCII characters; 1 for text without any. A letter is judged with its
   * word (the run of letters around it); a non-ASCII symbol or punctuation mark is implausible
   * between two letters ("by\u00b3o" for "było") and not counted elsewhere, nor are the
   * general and CJK punctuation blocks (dashes, curly quotes, ideographic commas) anywhere.
   */
  static double score(String text) {
    return score(text, new int[1]);
  }

  /** {@link #score(String)}, with the number of characters judged in {@code judged[0]}. */
  static double score(String text, int[] judged) {
    int n = text.length();
    int counted = 0;
    int plausible = 0;
    int i = 0;
    while (i < n && counted < SAMPLE_CHARS) {
      char c = text.charAt(i);
      if (c < 0x80 || isNeutralPunctuation(c)) {
        i++;
        continue;
      }
      if (!Character.isLetter(c)) {
        boolean inside =
            i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
        if (inside) {
          counted++; // a symbol inside a word: a byte read as the wrong character
        }
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int end = i;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      for (int k = i; k < end; k++) {
        if (text.charAt(k) >= 0x80) {
          counted++;
        }
      }
      if (!gluedToSymbol(text, start, end)) {
        plausible += plausibleIn(text, start, end);
      }
      i = end;
    }
    judged[0] = counted;
    return counted == 0 ? 1 : (double) plausible / counted;
  }

  /**
   * Whether a word touches a non-ASCII symbol (no space between): wrong readings of multi-byte
   * text glue letters to box-drawing and Latin-1 signs; real text spaces or punctuates them.
   */
  private static boolean gluedToSymbol(String text, int start, int end) {
    return (start > 0 && isStraySymbol(text.charAt(start - 1)))
        || (end < text.length() && isStraySymbol(text.charAt(end)));
  }

  /**
   * Signs that open or close words in real text ("¿Qué", "«oui»", "20°", "©Reuters"): no
   * evidence at a word's edge, a wrong character inside a word ("mo¿e" for "może").
   */
  private static final String EDGE_SIGNS = "\u00a1\u00bf\u00ab\u00bb\u00b0\u00a7\u00a9\u00ae\u00b1\u00b7";

  private static boolean isStraySymbol(char c) {
    return c >= 0x80 && EDGE_SIGNS.indexOf(c) < 0 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
        && !Character.isSpaceChar(c) && !isNeutralPunctuation(c)
        && Character.getType(c) != Character.NON_SPACING_MARK;
  }

  /** General punctuation (U+2000–U+206F), CJK punctuation and full-width forms: no evidence. */
  private static boolean isNeutralPunctuation(char c) {
    return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f)
        || (c >= 0xff1a && c <= 0xff20) || c == 0x00a0;
  }

  /**
   * Letters rare in the languages these charsets serve, which wrong readings of Turkish text
   * yield: windows-1252's ð and þ and windows-1250's đ and ţ are windows-1254's ğ and ş (and ŕ
   * and ĺ, which only Slovak uses, are windows-1252's à and å in windows-1250).
   */
  private static final String RARE_LATIN =
      "\u00f0\u00d0\u00fe\u00de\u0111\u0110\u0163\u0162\u0155\u0154\u013a\u0139";

  /** How many of the word's non-ASCII characters are plausible. */
  private static int plausibleIn(String text, int start, int end) {
    Character.UnicodeScript wordScript = null;
    boolean mixed = false;
    int letters = 0;
    int asciiLetters = 0;
    int upper = 0;
    int lower = 0;
    boolean innerCapital = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c < 0x80) {
        asciiLetters++;
      }
      if (Character.isUpperCase(c)) {
        upper++;
        if (k > start && Character.isLowerCase(text.charAt(k - 1))) {
          innerCapital = true;
        }
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
        continue;
      }
      if (wordScript == null) {
        wordScript = s;
      } else if (s != wordScript && !compatible(s, wordScript)) {
        mixed = true;
      }
    }
    int plausible = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c < 0x80) {
        continue;
      }
      if (mixed) {
        continue; // two scripts in one word
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case LATIN -> {
          // real Latin-script words are mostly plain letters with a few accented ones
          if ((letters < 3 || asciiLetters * 2 >= letters) && RARE_LATIN.indexOf(c) < 0) {
            plausible++;
          }
        }
        case CYRILLIC, GREEK -> {
          // running text is in small letters; a reading in capitals throughout is a swap
          boolean caps = letters >= 4 && lower == 0;
          if (!caps && !innerCapital) {
            plausible++;
          }
        }
        case HAN -> plausible += COMMON_HAN.indexOf(c) >= 0 ? 1 : 0;
        case HIRAGANA, KATAKANA -> plausible += COMMON_KANA.indexOf(c) >= 0 ? 1 : 0;
        case HANGUL -> plausible += COMMON_HANGUL.indexOf(c) >= 0 ? 1 : 0;
        default -> plausible++; // Hebrew, Arabic and the rest: a letter of one script
      }
    }
    return plausible;
  }

  /** Scripts that share words: Japanese writes kanji and kana together, Korean Hanja. */
  private static boolean compatible(Character.UnicodeScript a, Character.UnicodeScript b) {
    return isCjk(a) && isCjk(b);
  }

  private static boolean isCjk(Character.UnicodeScript s) {
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }
}
