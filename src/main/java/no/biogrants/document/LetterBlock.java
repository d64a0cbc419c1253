package no.biogrants.document;

import java.util.List;

/**
 * One piece of a letter, independent of the file format: a letter (a decision letter, a receipt) is
 * built once as a list of blocks, and {@link LetterDocx} and {@link LetterPdf} only draw them, so
 * the Word and the PDF version can never say different things.
 */
public sealed interface LetterBlock {

  /** The sender at the top of the first page. */
  record Letterhead(String organisation) implements LetterBlock {}

  /** Short lines kept together without space between them (addressee, date and reference). */
  record Lines(List<String> lines) implements LetterBlock {
    public Lines {
      lines = List.copyOf(lines);
    }
  }

  /** The letter's subject line. */
  record Title(String text) implements LetterBlock {}

  /** A section heading: level 1 for sections, level 2 for the parts of a section. */
  record Heading(int level, String text) implements LetterBlock {
    public Heading {
      if (level < 1 || level > 2) {
        throw new IllegalArgumentException("heading level must be 1 or 2, was " + level);
      }
    }
  }

  /** Running text; {@code bold} for the few sentences that must stand out. */
  record Paragraph(String text, boolean bold) implements LetterBlock {
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** Items numbered 1, 2, 3 … (conditions) or bulleted (rules, facts). */
  record ItemList(List<String> items, boolean numbered) implements LetterBlock {
    public ItemList {
      items = List.copyOf(items);
    }

    /** The mark in front of item {@code index} (0-based): "1." or a bullet. */
    public String mark(int index) {
      return numbered ? (index + 1) + "." : "\u2022";
    }
  }

  /** A column of a {@link Table}: its header, relative width and whether it holds amounts. */
  record Column(String header, int width, boolean numeric) {}

  /** A table with a header row, body rows and an optional bold total row (empty list: none). */
  record Table(List<Column> columns, List<List<String>> rows, List<String> total)
      implements LetterBlock {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      total = List.copyOf(total);
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(
              "row has " + row.size() + " cells, table " + columns.size());
        }
      }
      if (!total.isEmpty() && total.size() != columns.size()) {
        throw new IllegalArgumentException(
            "total has " + total.size() + " cells, table " + columns.size());
      }
    }

    public boolean hasTotal() {
      return !total.isEmpty();
    }
  }
}
