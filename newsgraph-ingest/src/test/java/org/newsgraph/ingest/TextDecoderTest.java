package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder(IngestConfig.DEFAULTS);

  private DecodedText decode(byte[] b) {
    return decoder.decode(new RawInput("in.txt", b, null, null));
  }

  @Test
  void emptyInputIsRefusedByName() {
    assertThatThrownBy(() -> decode(new byte[0]))
        .isInstanceOf(InputException.class)
        .hasMessage("in.txt: is empty (0 bytes)");
    assertThatThrownBy(() -> decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("in.txt: is empty (only white space)");
  }

  @Test
  void knownBinaryFormatsAreNamed() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThatThrownBy(() -> decode(png)).hasMessage("in.txt: is binary, not text: a PNG image");
    byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0};
    assertThatThrownBy(() -> decode(gz)).hasMessageContaining("gzip-compressed");
    assertThatThrownBy(() -> decode("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("PDF");
  }

  @Test
  void randomBytesAreBinary() {
    byte[] b = new byte[4096];
    new Random(42).nextBytes(b);
    assertThatThrownBy(() -> decode(b))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.txt: is binary, not text");
  }

  @Test
  void controlCharactersWithoutZeroBytesAreBinaryToo() {
    byte[] b = new byte[1000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> decode(b)).hasMessageContaining("control characters");
  }

  @Test
  void validUtf8IsDecodedAsIs() {
    DecodedText t = decode("Moustafa al-Kazimi – café “quoted”".getBytes(StandardCharsets.UTF_8));
    assertThat(t.text()).isEqualTo("Moustafa al-Kazimi – café “quoted”");
    assertThat(t.charset()).isEqualTo("UTF-8");
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void byteOrderMarksAreHonouredAndRemoved() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'H', 'i', ' ', 't', 'h', 'e', 'r', 'e'};
    assertThat(decode(bom).text()).isEqualTo("Hi there");
    byte[] utf16 = "\uFEFFBonjour à tous".getBytes(StandardCharsets.UTF_16LE);
    DecodedText t = decode(utf16);
    assertThat(t.text()).isEqualTo("Bonjour à tous");
    assertThat(t.evidence()).isEqualTo("bom");
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() {
    String s = "The United States announced on Thursday that it will reduce its presence.";
    assertThat(decode(s.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(s);
    assertThat(decode(s.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(s);
  }

  @Test
  void latin1TextIsDecodedAsWindows1252WithAWarning() {
    String s = "Le président a déclaré que l’armée resterait « pour l’instant ».";
    DecodedText t = decode(s.getBytes(Charset.forName("windows-1252")));
    assertThat(t.text()).isEqualTo(s);
    assertThat(t.charset()).isEqualTo("windows-1252");
    assertThat(t.warnings()).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void utf8WithAFewDamagedBytesIsRepairedAndReported() {
    byte[] good = "Qassem Soleimani – the Iranian general – was killed. ".repeat(3)
        .getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[good.length + 1];
    System.arraycopy(good, 0, b, 0, 10);
    b[10] = (byte) 0xff;
    System.arraycopy(good, 10, b, 11, good.length - 10);
    DecodedText t = decode(b);
    assertThat(t.text()).contains("\uFFFD").contains("Iranian general");
    assertThat(t.warnings()).singleElement().asString().contains("byte 10");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "windows-1251|Правительство России заявило во вторник, что переговоры продолжатся в"
            + " Женеве. Министр иностранных дел встретится с делегацией на следующей неделе.",
        "KOI8-R|Правительство России заявило во вторник, что переговоры продолжатся в Женеве."
            + " Министр иностранных дел встретится с делегацией на следующей неделе.",
        "windows-1250|Rząd w Warszawie ogłosił we wtorek, że rozmowy będą kontynuowane. Minister"
            + " spraw zagranicznych spotka się z delegacją w przyszłym tygodniu.",
        "windows-1253|Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν στη"
            + " Γενεύη. Ο υπουργός θα συναντήσει την αντιπροσωπεία την επόμενη εβδομάδα.",
        "windows-1254|Hükümet salı günü görüşmelerin Cenevre'de süreceğini açıkladı. Dışişleri"
            + " bakanı gelecek hafta heyetle görüşecek ve açıklama yapacak.",
        "windows-1252|Le gouvernement a annoncé mardi que les négociations reprendraient à"
            + " Genève. Le ministre des affaires étrangères recevra la délégation.",
        "windows-31j|政府は火曜日、ジュネーブで交渉を続けると発表した。外務大臣は来週、代表団と"
            + "会談する予定だという。",
        "EUC-JP|政府は火曜日、ジュネーブで交渉を続けると発表した。外務大臣は来週、代表団と会談"
            + "する予定だという。",
        "GB18030|政府星期二表示，谈判将在日内瓦继续进行。外交部长下周将与代表团会面，并发表讲话。",
        "Big5|政府星期二表示，談判將在日內瓦繼續進行。外交部長下週將與代表團會面，並發表講話。",
        "EUC-KR|정부는 화요일 제네바에서 협상을 계속할 것이라고 밝혔다. 외교부 장관은 다음 주에"
            + " 대표단과 만날 예정이다."
      })
  void undeclaredLegacyEncodingsAreDetected(String charset, String sentence) {
    String page = "<p>" + sentence + "</p>\n<p>" + sentence + "</p>";
    DecodedText t = decode(page.getBytes(Charset.forName(charset)));
    assertThat(t.text()).isEqualTo(page);
    assertThat(t.charset()).isEqualTo(Charset.forName(charset).name());
    assertThat(t.evidence()).startsWith("not utf-8; detected");
    assertThat(t.warnings()).singleElement().asString().contains("--encoding");
  }

  @Test
  void undecodableBytesAreRefusedWithTheOffset() {
    byte[] b = "abc def ".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = new byte[b.length + 256];
    System.arraycopy(b, 0, bad, 0, b.length);
    for (int i = 0; i < 256; i++) {
      bad[b.length + i] = (byte) (0x80 + (i * 37) % 128); // high bytes no encoding makes words of
    }
    assertThatThrownBy(() -> decode(bad))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not valid UTF-8 (byte 0x80 at offset 8)")
        .hasMessageContaining("--encoding");
  }

  @Test
  void aDeclaredEncodingIsUsedStrictly() {
    byte[] latin = "déjà vu".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(decoder.decode(new RawInput("x", latin, null, "ISO-8859-1")).text()).isEqualTo("déjà vu");
    assertThatThrownBy(() -> decoder.decode(new RawInput("x", latin, null, "UTF-8")))
        .hasMessageContaining("is not valid UTF-8 although that encoding was declared");
    assertThatThrownBy(() -> decoder.decode(new RawInput("x", latin, null, "klingon-8")))
        .hasMessageContaining("unknown encoding 'klingon-8'");
  }

  private DecodedText decodeHtml(byte[] b, String declared) {
    return decoder.decode(new RawInput("page.html", b, "text/html", declared));
  }

  @Test
  void aPageIsReadInTheCharsetItsMarkupDeclares() {
    byte[] b = "<html><head><meta charset=\"iso-8859-1\"></head><p>Caf\u00e9</p>"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    DecodedText d = decodeHtml(b, null);
    assertThat(d.text()).contains("Caf\u00e9");
    assertThat(d.charset()).isEqualTo("windows-1252"); // what browsers read latin-1 as
    assertThat(d.evidence()).contains("meta charset");
    byte[] old = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        + "<p>\u041c\u043e\u0441\u043a\u0432\u0430</p>").getBytes(java.nio.charset.Charset.forName("windows-1251"));
    assertThat(decodeHtml(old, null).text()).contains("\u041c\u043e\u0441\u043a\u0432\u0430");
  }

  @Test
  void aPageThatDeclaresLatin1ButIsUtf8IsReadAsUtf8WithAWarning() {
    byte[] b = "<meta charset=latin1><p>Caf\u00e9 cr\u00e8me</p>".getBytes(StandardCharsets.UTF_8);
    DecodedText d = decodeHtml(b, null);
    assertThat(d.text()).contains("Caf\u00e9 cr\u00e8me");
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.warnings()).singleElement().asString().contains("declares windows-1252");
  }

  @Test
  void bytesTheDeclaredCharsetCannotMapAreReplacedNotRefused() {
    byte[] b = new byte[] {'<', 'p', '>', 'a', (byte) 0xff, (byte) 0xfe, 'b', '<', '/', 'p', '>'};
    DecodedText d = decodeHtml(b, "utf-8");
    assertThat(d.text()).contains("a\ufffd");
    assertThat(d.warnings()).singleElement().asString().contains("replaced by U+FFFD");
  }

  @Test
  void aServerCharsetWinsOverTheMarkup() {
    byte[] b = "<meta charset=utf-8><p>\u00e9t\u00e9</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    DecodedText d = decodeHtml(b, "ISO-8859-1");
    assertThat(d.text()).contains("\u00e9t\u00e9");
    assertThat(d.evidence()).isEqualTo("declared");
  }

  private DecodedText decodePage(byte[] b) {
    return decoder.decode(new RawInput("page.html", b, "text/html", null));
  }

  @Test
  void aPageDeclaringASingleByteCharsetButValidUtf8IsUtf8EvenWithAReplacementChar() {
    String page = "<html><head><meta charset=GB2312></head><body>人民网 \ufffd 新闻</body></html>";
    DecodedText d = decodePage(page.getBytes(StandardCharsets.UTF_8));
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void aPageDeclaringUtf8WithDamagedBytesIsRepairedAndReported() {
    byte[] page = "<meta charset=utf-8><p>caf\u00e9 x</p>".getBytes(StandardCharsets.UTF_8);
    page[page.length - 5] = (byte) 0xff; // the x
    DecodedText d = decodePage(page);
    assertThat(d.text()).contains("caf\u00e9 \ufffd</p>");
    assertThat(d.warnings()).singleElement().asString().startsWith("1 byte sequence(s) are not UTF-8");
  }

  @Test
  void controlCharactersCountTheSameInBytesAndInText() {
    String text = "a\u0001b\tc\u007fd\u0085e\u009ff\ng\u00e9\u2019h\u0000";
    assertThat(TextDecoder.controlBytes(text.getBytes(StandardCharsets.UTF_8), true))
        .isEqualTo(TextDecoder.controlChars(text))
        .isEqualTo(5);
    String latin = "caf\u00e9 \u0002 \u201cquote\u201d";
    assertThat(TextDecoder.controlBytes(latin.getBytes(Charset.forName("windows-1252")), false))
        .isEqualTo(TextDecoder.controlChars(latin))
        .isEqualTo(1);
  }

  @Test
  void controlCharactersCountTheSameInBytesAndInTextAtEveryOffset() {
    // The byte count reads eight bytes at a time: controls at every position of a word, and a
    // C1 control whose two bytes straddle two words, must all count.
    char[] alphabet = {'a', ' ', '\n', '\t', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f',
        '\u00a0', '\u00e9', '\u2019', '\u0000', '\r'};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = random.nextInt(40); i < n; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      assertThat(TextDecoder.controlBytes(text.getBytes(StandardCharsets.UTF_8), true))
          .as("%s", text.chars().mapToObj(c -> Integer.toHexString(c)).toList())
          .isEqualTo(TextDecoder.controlChars(text));
    }
  }
}
