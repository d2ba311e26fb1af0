package io.certexam.contracts;

/**
 * An event published on one of the integration topics. Its JSON form is the record's components;
 * {@link #subject()} is the Kafka key and the CloudEvents {@code subject}.
 */
public interface IntegrationEvent {

    /** Version of this payload's schema; bumped only by additive, backward compatible changes. */
    int schemaVersion();

    String subject();
}
