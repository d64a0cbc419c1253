package no.biogrants.attachment;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds active content in a PDF (rule ATT-A10): JavaScript, launch actions, embedded files and XFA
 * forms. It walks every object reachable from the document's trailer (catalog, names, pages,
 * annotations, form fields, actions and their {@code /Next} chains), so a script hidden in a page's
 * link or a field's action is found as surely as one in the catalog's {@code /OpenAction}. The walk
 * visits each object once and stops after {@link #MAX_OBJECTS}: a document that large is refused as
 * unreadable rather than checked in part.
 */
final class PdfActiveContent {

  /** What was found, each with the bundle key of its refusal. */
  enum Kind {
    JAVASCRIPT("attachment.javaScript"),
    LAUNCH("attachment.launchAction"),
    EMBEDDED_FILE("attachment.embeddedFile"),
    XFA("attachment.xfa");

    final String messageKey;

    Kind(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  static final int MAX_OBJECTS = 500_000;

  private static final COSName JS = COSName.JS;
  private static final COSName JAVASCRIPT = COSName.JAVA_SCRIPT;
  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
  private static final COSName EMBEDDED_FILES = COSName.EMBEDDED_FILES;
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
  private static final COSName XFA = COSName.XFA;

  private PdfActiveContent() {}

  /** The first active content found, or empty. */
  static Optional<Kind> find(PDDocument document) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(document.getDocument().getTrailer());
    while (!todo.isEmpty()) {
      COSBase next = todo.pop();
      COSBase object = next instanceof COSObject indirect ? indirect.getObject() : next;
      if (object == null || !seen.add(object)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new IllegalStateException("too many objects");
      }
      if (object instanceof COSDictionary dictionary) {
        Optional<Kind> found = kindOf(dictionary);
        if (found.isPresent()) {
          return found;
        }
        dictionary.getValues().forEach(todo::push);
      } else if (object instanceof COSArray array) {
        array.forEach(todo::push);
      }
    }
    return Optional.empty();
  }

  private static Optional<Kind> kindOf(COSDictionary dictionary) {
    COSBase subtype = dictionary.getDictionaryObject(COSName.S);
    if (JAVASCRIPT.equals(subtype) || dictionary.containsKey(JS)) {
      return Optional.of(Kind.JAVASCRIPT);
    }
    if (dictionary.containsKey(JAVASCRIPT)) { // the names tree of document-level scripts
      return Optional.of(Kind.JAVASCRIPT);
    }
    if (LAUNCH.equals(subtype)) {
      return Optional.of(Kind.LAUNCH);
    }
    if (dictionary.containsKey(XFA)) {
      return Optional.of(Kind.XFA);
    }
    if (dictionary.containsKey(EMBEDDED_FILES)
        || dictionary.containsKey(COSName.EF)
        || EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))
        || FILE_ATTACHMENT.equals(dictionary.getDictionaryObject(COSName.SUBTYPE))) {
      return Optional.of(Kind.EMBEDDED_FILE);
    }
    return Optional.empty();
  }
}
