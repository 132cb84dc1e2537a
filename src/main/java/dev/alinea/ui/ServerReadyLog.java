package dev.alinea.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints the address to open once the web server listens. */
@Component
class ServerReadyLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServerReadyLog.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("Alinea is ready: open http://localhost:{}/ in your browser", event.getWebServer().getPort());
    }
}
