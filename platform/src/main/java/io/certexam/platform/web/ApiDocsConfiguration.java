package io.certexam.platform.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;

import io.certexam.platform.security.Actor;

/** The caller ({@link Actor}) comes from the token, so the API docs must not list it as a request parameter. */
@AutoConfiguration
public class ApiDocsConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
