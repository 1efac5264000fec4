package ai.seiketsu.voice.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser voice page, {@code /voice/} (static files under {@code static/voice}): a caller's console for talking
 * to a voice agent with the microphone. It holds no secret, so it is served to anyone; the key typed into it (or
 * given in the address's fragment, which never reaches the server) asks for the ticket.
 */
@Configuration(proxyBeanMethods = false)
class VoicePage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/voice", "/voice/");
        registry.addViewController("/voice/").setViewName("forward:/voice/index.html");
    }
}
