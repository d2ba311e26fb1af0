package io.certexam.platform.problem;

/** The addressed thing does not exist (or is not visible to the caller): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
