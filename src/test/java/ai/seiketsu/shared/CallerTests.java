package ai.seiketsu.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor the audit log records for modules that only see the authentication's name. */
class CallerTests {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void splitsIdentitysNamesIntoTypeAndId() {
        assertThat(Caller.ofName("user:7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d"))
                .isEqualTo(new Caller("user", "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d"));
        assertThat(Caller.ofName("api_key:k1")).isEqualTo(new Caller("api_key", "k1"));
        assertThat(Caller.ofName("operator")).isEqualTo(new Caller("operator", null));
        assertThat(Caller.ofName(null)).isEqualTo(Caller.SYSTEM);
        assertThat(new Caller("publishable_key", "p1").name()).isEqualTo("publishable_key:p1");
    }

    @Test
    void theCurrentCallerIsTheAuthenticationsNameElseAnonymousInARequestElseSystem() {
        assertThat(Caller.current()).isEqualTo(Caller.SYSTEM);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(Caller.current()).isEqualTo(Caller.ANONYMOUS);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(Caller.current()).isEqualTo(Caller.ANONYMOUS);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("api_key:k9", ""));
        assertThat(Caller.current()).isEqualTo(new Caller("api_key", "k9"));
    }
}
