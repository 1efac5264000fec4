package ai.seiketsu.idempotency.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code Idempotency-Key} ({@code seiketsu.idempotency.*}).
 *
 * @param maxBodySize the largest request body (other than multipart, whose parts the container keeps on disk)
 *                    that a request with a key may have: it is held in memory to be fingerprinted and served
 *                    again, so a larger one is refused with 413 rather than read
 */
@ConfigurationProperties("seiketsu.idempotency")
record IdempotencyProperties(@DefaultValue("1MB") DataSize maxBodySize) {

    IdempotencyProperties {
        if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("seiketsu.idempotency.max-body-size must be 1 byte to 2 GB");
        }
    }
}
