package ai.seiketsu.voice;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The test sources' {@link CallFactory}: a test registers how the calls of its own voice agent behave (echo, flood,
 * fail...); calls of every other agent go to the application's own factory (the voice pipeline's, or the fallback),
 * so tests of the real pipeline in the same shared context are not affected. A component of the test sources, found
 * by the application's component scan, so the shared test context stays the same for every test.
 */
@Component
@Primary
public class ScriptedCalls implements CallFactory {

    private final Map<UUID, CallFactory> scripts = new ConcurrentHashMap<>();
    private final ConfigurableListableBeanFactory beans;

    ScriptedCalls(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    /** Calls with {@code agentId} are opened by {@code script} from now on. */
    public void script(UUID agentId, CallFactory script) {
        scripts.put(agentId, script);
    }

    @Override
    public Call open(CallContext context, CallOutput output) {
        CallFactory script = scripts.get(context.agentId());
        return (script != null ? script : application()).open(context, output);
    }

    /** The application's own factory: a non-fallback one when there is one, the fallback otherwise. */
    private CallFactory application() {
        String[] names = beans.getBeanNamesForType(CallFactory.class);
        String chosen = null;
        for (String name : names) {
            if (beans.getBean(name) == this) {
                continue;
            }
            if (chosen == null || !beans.getMergedBeanDefinition(name).isFallback()) {
                chosen = name;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no application CallFactory");
        }
        return beans.getBean(chosen, CallFactory.class);
    }
}
