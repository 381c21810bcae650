package org.mplus.tck.harness.remote;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn with block characters, two rows of modules per line of text: light modules are the terminal's
 * foreground (full or half blocks), dark ones its background, with the quiet zone a scanner needs around them, so
 * that it reads on the usual light-on-dark terminal.
 */
final class TerminalQr {

    private static final int QUIET_ZONE = 2;

    private TerminalQr() {
    }

    /** The code of {@code text} as lines of text. */
    static String draw(String text) {
        BitMatrix code;
        try {
            code = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw " + text + " as a QR code: " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < code.getHeight(); y += 2) {
            for (int x = 0; x < code.getWidth(); x++) {
                boolean top = !code.get(x, y);
                boolean bottom = y + 1 < code.getHeight() && !code.get(x, y + 1);
                out.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
