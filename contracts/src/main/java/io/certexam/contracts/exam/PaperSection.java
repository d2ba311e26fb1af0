package io.certexam.contracts.exam;

import java.util.List;

public record PaperSection(String title, List<PaperItem> items) {
}
