package io.certexam.bank.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.certexam.bank.imports.ImportReport.Entry;
import io.certexam.bank.imports.ImportReport.Outcome;
import io.certexam.bank.question.AuthoredQuestion;
import io.certexam.bank.question.CreateQuestion;
import io.certexam.bank.question.PublishQuestion;
import io.certexam.bank.question.QuestionRules;
import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.questionimport.ImportDocument;
import io.certexam.questionimport.ImportMessage;
import io.certexam.questionimport.ImportRejectedException;
import io.certexam.questionimport.ImportedQuestion;
import io.certexam.questionimport.QuestionChecks;
import io.certexam.questionimport.QuestionFingerprint;

/**
 * Turns a document into questions: parse, check each draft against the bank's rules and against what the
 * bank already holds, then create (and publish) them all in one transaction — or none, unless the caller
 * asked for a partial import. Parsing happens before the transaction; the check against the bank inside it.
 */
@Service
class QuestionImport {

    private final CommandGateway commands;
    private final QuestionFingerprints fingerprints;
    private final TransactionTemplate transaction;

    QuestionImport(CommandGateway commands, QuestionFingerprints fingerprints, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.fingerprints = fingerprints;
        this.transaction = new TransactionTemplate(transactions);
    }

    ImportReport run(ImportFormat format, byte[] document, String sourceName, boolean publish, boolean partial,
                     String authorId) {
        ImportDocument parsed = parse(format, document, sourceName);
        // imports run one at a time, so two uploads of the same paper cannot both find it new and create it twice
        return transaction.execute(status -> {
            fingerprints.lockForImport();
            return store(parsed, publish, partial, authorId);
        });
    }

    private ImportReport store(ImportDocument parsed, boolean publish, boolean partial, String authorId) {
        List<ImportMessage> messages = new ArrayList<>(parsed.messages());
        Map<ImportedQuestion, String> fingerprintOf = new LinkedHashMap<>();
        parsed.questions().forEach(q -> fingerprintOf.put(q, QuestionFingerprint.of(q)));
        Map<String, String> inBank = fingerprints.questionsWith(fingerprintOf.values());

        List<Entry> entries = new ArrayList<>();
        Map<Integer, AuthoredQuestion> toCreate = new LinkedHashMap<>();
        for (ImportedQuestion question : parsed.questions()) {
            // several questions of a run-together paper share a line: judge each one by itself
            if (!QuestionChecks.problems(question).isEmpty()) {
                entries.add(new Entry(null, question.type(), question.line(), Outcome.REJECTED));
                continue;
            }
            List<String> problems = problemsOf(question);
            String existing = inBank.get(fingerprintOf.get(question));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> messages.add(ImportMessage.error(question.line(), problem)));
                entries.add(new Entry(null, question.type(), question.line(), Outcome.REJECTED));
            } else if (existing != null) {
                messages.add(ImportMessage.info(question.line(), ImportMessage.DUPLICATE_PREFIX
                        + ": the bank already holds this question as " + existing));
                entries.add(new Entry(existing, question.type(), question.line(), Outcome.DUPLICATE));
            } else {
                toCreate.put(entries.size(), ImportedQuestions.toAuthored(question));
                entries.add(new Entry(null, question.type(), question.line(), Outcome.CREATED));
            }
        }

        int rejected = (int) entries.stream().filter(e -> e.outcome() == Outcome.REJECTED).count();
        int duplicates = (int) (parsed.duplicatesSkipped() + entries.stream().filter(e -> e.outcome() == Outcome.DUPLICATE).count());
        boolean commit = partial || rejected == 0;
        if (!commit) {
            messages.add(ImportMessage.error(0, "nothing was imported: " + rejected
                    + " question(s) were rejected; correct them, or import with partial=true to import the rest"));
            return new ImportReport(0, duplicates, rejected, false, notImported(entries), messages);
        }
        toCreate.forEach((index, question) -> {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new CreateQuestion(id, question, authorId));
            if (publish) {
                commands.sendAndWait(new PublishQuestion(id, authorId));
            }
            Entry planned = entries.get(index);
            entries.set(index, new Entry(id, planned.type(), planned.line(), Outcome.CREATED));
        });
        return new ImportReport(toCreate.size(), duplicates, rejected, true, entries, messages);
    }

    private static ImportDocument parse(ImportFormat format, byte[] document, String sourceName) {
        try {
            return format.parse(document, sourceName);
        } catch (ImportRejectedException e) {
            throw new InvalidInputException("document", e.getMessage());
        }
    }

    private static List<String> problemsOf(ImportedQuestion question) {
        AuthoredQuestion authored;
        try {
            authored = ImportedQuestions.toAuthored(question);
        } catch (IllegalArgumentException e) {
            return List.of("not a question the bank can hold: " + e.getMessage());
        }
        return QuestionRules.problems(authored).stream().map(QuestionImport::describe).toList();
    }

    private static String describe(FieldProblem problem) {
        return problem.field() + ": " + problem.message();
    }

    /** An import that was not committed created nothing: the valid questions say so. */
    private static List<Entry> notImported(List<Entry> entries) {
        return entries.stream().map(e -> e.outcome() == Outcome.CREATED
                ? new Entry(null, e.type(), e.line(), Outcome.NOT_IMPORTED) : e).toList();
    }
}
