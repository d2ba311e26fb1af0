package io.certexam.contracts.exam;

public record ItemResponse(String itemId, Response response) {
}
