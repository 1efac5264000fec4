package ai.seiketsu.scheduling.web;

import ai.seiketsu.shared.SecretUrls;
import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Feed URLs carry their token: they are marked so that the access log leaves them out (both URL forms). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CalendarFeedUrls {

    @Bean
    FilterRegistrationBean<Filter> calendarFeedSecretUrls() {
        return SecretUrls.filter("calendarFeedSecretUrls", CalendarFeedController.FEEDS + "*",
                "/api/v1/calendar-feed.ics");
    }
}
