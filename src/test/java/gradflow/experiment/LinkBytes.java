package gradflow.experiment;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.Deflater;

/** Packs arbitrary bytes the way {@link SpecUrl} packs JSON, to feed the codec broken content. */
final class LinkBytes {
  private LinkBytes() {}

  static String encode(byte[] content) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(content);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }
}
