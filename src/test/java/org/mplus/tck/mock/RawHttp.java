package org.mplus.tck.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand, for what the JDK's client will not send: another Host, a body shorter or longer
 * than its Content-Length, a body that never ends.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    RawHttp(MockServer server) {
        try {
            socket = new Socket("127.0.0.1", server.port());
            socket.setSoTimeout(15_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the head (lines joined with CRLF, then a blank line) and {@code body}, as they are. */
    RawHttp send(String head, byte[] body) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((head.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
        return this;
    }

    /** Sends one chunk of a chunked body, framed. */
    RawHttp chunk(byte[] data) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    /** Stops sending: the server sees the end of the stream. */
    RawHttp endOutput() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** What came back, as UTF-8 text, up to the end of one answer of known length or of the stream. */
    String answer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                got.write(buffer, 0, n);
                if (complete(got.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 15 s; so far: " + got.toString(StandardCharsets.UTF_8), e);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The body; a chunked one with its chunk sizes taken out (answers here are one chunk). */
    static String body(String answer) {
        int at = answer.indexOf("\r\n\r\n");
        String body = at < 0 ? "" : answer.substring(at + 4);
        if (answer.substring(0, Math.max(at, 0)).toLowerCase(java.util.Locale.ROOT)
                .contains("transfer-encoding: chunked")) {
            body = body.substring(body.indexOf("\r\n") + 2).replaceAll("\r\n0\r\n\r\n$", "").replaceAll("\r\n$", "");
        }
        return body;
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        if (text.endsWith("\r\n0\r\n\r\n")) {
            return true; // the last chunk of a chunked answer
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *([0-9]+)")
                .matcher(text.substring(0, end));
        return length.find() && text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length
                >= Integer.parseInt(length.group(1));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
