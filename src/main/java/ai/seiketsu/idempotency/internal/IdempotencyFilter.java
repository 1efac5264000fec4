package ai.seiketsu.idempotency.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ai.seiketsu.idempotency.internal.IdempotencyKeys.Existing;
import ai.seiketsu.idempotency.internal.IdempotencyKeys.Fingerprint;
import ai.seiketsu.idempotency.internal.IdempotencyKeys.StoredResponse;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemResponseWriter;
import ai.seiketsu.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for every POST of a tenant (a request authenticated into a tenant, so after the security
 * filters). The first request with a key reserves it, runs, and its answer is stored; a later request with the
 * same key and the same method, path and body gets that answer again with {@code Idempotent-Replayed: true}; with
 * anything else 422 {@code IDEMPOTENCY_KEY_REUSED}; while the first still runs 409
 * {@code IDEMPOTENCY_KEY_IN_PROGRESS}. A 5xx answer (our failure), a 401,
 * 403 or 429 is not kept: the key is released for a retry.
 * Anonymous POSTs (sign-in, sign-up) have no tenant and pass through untouched.
 *
 * <p>The fingerprint needs the whole body. A plain body is read into memory once, so it may have at most
 * {@code maxBodyBytes} ({@code seiketsu.idempotency.max-body-size}, 1 MiB by default): a larger one (by its
 * {@code Content-Length}, or while reading a chunked one) is refused with 413 {@code PAYLOAD_TOO_LARGE} before
 * anything is reserved or run. A multipart body is not read here: the container parses it into parts on disk
 * (within {@code spring.servlet.multipart.*}, the listing import's 200 MiB), the fingerprint is hashed from the
 * parts as streams, and the handler reads the same parts, so an onboarding upload of any allowed size keeps its
 * key without being held in memory.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String KEY_INVALID = "IDEMPOTENCY_KEY_INVALID";
    static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    static final String KEY_IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS";
    private static final Pattern VALID_KEY = Pattern.compile("^[\\x20-\\x7E]{1,255}$");
    /** The answer's headers that are part of "the same answer". */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.CACHE_CONTROL);

    private final IdempotencyKeys keys;
    private final ProblemResponseWriter problems;
    private final int maxBodyBytes;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter problems, int maxBodyBytes) {
        this.keys = keys;
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || TenantContext.current().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(response, 400, KEY_INVALID, HEADER + " must be 1-255 printable ASCII characters.");
            return;
        }
        Body body = read(request);
        switch (body) {
            case TooLarge tooLarge -> problems.write(response, 413, ProblemCodes.PAYLOAD_TOO_LARGE, tooLarge.detail());
            case Unreadable _ -> problems.write(response, 400, ProblemCodes.MALFORMED_REQUEST,
                    "The multipart body could not be read.");
            case Read read -> handle(key, read, response, chain);
        }
    }

    private void handle(String key, Read body, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = body.request();
        Fingerprint fingerprint = new Fingerprint(request.getMethod(), pathOf(request), body.hash());
        if (keys.reserve(key, fingerprint)) {
            runAndStore(key, request, response, chain);
            return;
        }
        Optional<Existing> existing = keys.find(key);
        if (existing.isEmpty() && keys.reserve(key, fingerprint)) {
            runAndStore(key, request, response, chain); // released (or expired) between our two looks
        } else if (existing.isEmpty() || existing.get().response() == null) {
            problems.write(response, 409, KEY_IN_PROGRESS,
                    "A request with this " + HEADER + " is still being processed; retry shortly.");
        } else if (!existing.get().fingerprint().sameAs(fingerprint)) {
            problems.write(response, 422, KEY_REUSED,
                    "This " + HEADER + " was used for another request; use a new key for a new request.");
        } else {
            replay(existing.get().response(), response);
        }
    }

    /** What reading the body for the fingerprint came to. */
    private sealed interface Body permits Read, TooLarge, Unreadable {
    }

    /** The body's SHA-256, and the request that serves the body again to the rest of the chain. */
    private record Read(HttpServletRequest request, byte[] hash) implements Body {
    }

    private record TooLarge(String detail) implements Body {
    }

    private record Unreadable() implements Body {
    }

    private Body read(HttpServletRequest request) throws IOException {
        if (isMultipart(request)) {
            return readParts(request);
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            return tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        return body.length > maxBodyBytes ? tooLarge() : new Read(new CachedBodyRequest(request, body), sha256(body));
    }

    private TooLarge tooLarge() {
        return new TooLarge("With an " + HEADER + " the body may have at most " + maxBodyBytes + " bytes. Send a "
                + "larger one without the header, or a file as a multipart upload.");
    }

    /**
     * Parses the parts the way Spring MVC will (the container keeps them, on disk, for the handler) and hashes
     * each part's name, file name, type and content as a stream.
     */
    private static Body readParts(HttpServletRequest request) throws IOException {
        try {
            new StandardMultipartHttpServletRequest(request, false);
            MessageDigest digest = sha256();
            for (Part part : request.getParts()) {
                for (String value : new String[] { part.getName(), part.getSubmittedFileName(), part.getContentType() }) {
                    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
                    digest.update(ByteBuffer.allocate(5).put((byte) (value == null ? 0 : 1)).putInt(bytes.length)
                            .array());
                    digest.update(bytes);
                }
                digest.update(ByteBuffer.allocate(8).putLong(part.getSize()).array());
                try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return new Read(request, digest.digest());
        } catch (MaxUploadSizeExceededException e) {
            return new TooLarge("The upload is larger than the server accepts.");
        } catch (MultipartException | ServletException e) {
            return new Unreadable();
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private void runAndStore(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper capturing = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capturing);
        } catch (IOException | ServletException | RuntimeException e) {
            keys.release(key);
            throw e;
        }
        if (!worthKeeping(capturing.getStatus())) {
            keys.release(key);
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = name.equals(HttpHeaders.CONTENT_TYPE) ? capturing.getContentType()
                        : capturing.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            keys.complete(key, new StoredResponse(capturing.getStatus(), headers, capturing.getContentAsByteArray()));
        }
        capturing.copyBodyToResponse();
    }

    /**
     * Our failures (5xx) and answers about the caller rather than the request (401, 403, 429) are not kept: the
     * retry, perhaps with other credentials or after a pause, runs the request again.
     */
    static boolean worthKeeping(int status) {
        return status < 500 && status != 401 && status != 403 && status != 429;
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static byte[] sha256(byte[] body) {
        return sha256().digest(body);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The request with its body read once up front (to hash it) and served again to the rest of the chain. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

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
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
