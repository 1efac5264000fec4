package ai.seiketsu.idempotency.internal;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ai.seiketsu.idempotency.internal.IdempotencyKeys.Existing;
import ai.seiketsu.idempotency.internal.IdempotencyKeys.Fingerprint;
import ai.seiketsu.idempotency.internal.IdempotencyKeys.StoredResponse;
import ai.seiketsu.shared.ProblemResponseWriter;
import ai.seiketsu.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for every POST of a tenant (a request authenticated into a tenant, so after the security
 * filters). The first request with a key reserves it, runs, and its answer is stored; a later request with the
 * same key and the same method, path and body gets that answer again with {@code Idempotent-Replayed: true}; with
 * anything else 422 {@code IDEMPOTENCY_KEY_REUSED}; while the first still runs 409
 * {@code IDEMPOTENCY_KEY_IN_PROGRESS}. A 5xx answer (our failure), a 401,
 * 403 or 429 is not kept: the key is released for a retry.
 * Anonymous POSTs (sign-in, sign-up) have no tenant and pass through untouched.
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

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter problems) {
        this.keys = keys;
        this.problems = problems;
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
        CachedBodyRequest cached = new CachedBodyRequest(request);
        Fingerprint fingerprint = new Fingerprint(request.getMethod(), pathOf(request), sha256(cached.body));
        if (keys.reserve(key, fingerprint)) {
            runAndStore(key, cached, response, chain);
            return;
        }
        Optional<Existing> existing = keys.find(key);
        if (existing.isEmpty() && keys.reserve(key, fingerprint)) {
            runAndStore(key, cached, response, chain); // released (or expired) between our two looks
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

    private void runAndStore(String key, CachedBodyRequest request, HttpServletResponse response, FilterChain chain)
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
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The request with its body read once up front (to hash it) and served again to the rest of the chain. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
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
