package org.mplus.tck.mock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Caps request bodies before WireMock reads them (it keeps each one whole in memory): a Content-Length over the
 * cap is not read at all, a streamed body is read up to the cap and no further, and a body that ends before its
 * Content-Length stops there. WireMock then gets an empty body and the header {@value #HEADER} saying why
 * ({@link Cut}), which the vendor models answer with their own "body too large" or malformed-body error.
 */
final class BodyCap implements Filter {

    /** Set by the kit alone: a client's own header of this name is dropped. */
    static final String HEADER = "X-Mplus-Tck-Body";

    /** Why a body was not passed on. */
    enum Cut {
        TOO_LARGE("too-large"), INCOMPLETE("incomplete");

        final String value;

        Cut(String value) {
            this.value = value;
        }
    }

    /**
     * How much of a body over the cap is read and dropped after the answer: a server that closes a connection
     * with data unread resets it, and the reset can destroy its own answer on the way to the client. Bodies
     * declared larger than this are not waited for (nor kept: dropped as they are read).
     */
    static final int DRAINED_BYTES = 1024 * 1024;

    private final int maxBytes;

    BodyCap(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        byte[] body = new byte[0];
        Cut cut = null;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            cut = Cut.TOO_LARGE;
        } else {
            try {
                // one byte past what is declared: the end of the body, or more than was declared. Asking for the
                // cap instead would read through a buffer of 8 KiB for every request.
                byte[] read = request.getInputStream().readNBytes(declared < 0 ? maxBytes + 1 : (int) declared + 1);
                if (read.length > maxBytes) {
                    cut = Cut.TOO_LARGE;
                } else {
                    body = read;
                }
            } catch (IOException e) {
                cut = Cut.INCOMPLETE; // the client stopped sending (or closed) before the end of its body
            }
        }
        chain.doFilter(new Capped(request, body, cut), res);
        if (cut == Cut.TOO_LARGE && !request.isAsyncStarted() && request.getContentLengthLong() <= DRAINED_BYTES) {
            drain(request, res);
        }
    }

    /** Sends the answer, then reads what is left of the body, up to {@link #DRAINED_BYTES}, into nothing. */
    private static void drain(HttpServletRequest request, ServletResponse res) {
        byte[] scratch = new byte[8192];
        try {
            res.flushBuffer();
            InputStream in = request.getInputStream();
            long left = DRAINED_BYTES;
            int n;
            while (left > 0 && (n = in.read(scratch, 0, (int) Math.min(scratch.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client stopped sending or went away: its answer is out, there is nothing more to do
        }
    }

    /** The request with the body read so far (or none) and, when it was cut, the header that says so. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Cut cut;

        Capped(HttpServletRequest request, byte[] body, Cut cut) {
            super(request);
            this.body = body;
            this.cut = cut;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read: read it blocking");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                // WireMock reads the body whole: a copy of what is left, without InputStream's 8 KiB buffers
                @Override
                public byte[] readAllBytes() {
                    return in.readAllBytes();
                }
            };
        }

        @Override
        public String getHeader(String name) {
            if (HEADER.equalsIgnoreCase(name)) {
                return cut == null ? null : cut.value;
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (HEADER.equalsIgnoreCase(name)) {
                return Collections.enumeration(cut == null ? List.of() : List.of(cut.value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                if (!HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            if (cut != null) {
                names.add(HEADER);
            }
            return Collections.enumeration(names);
        }
    }
}
