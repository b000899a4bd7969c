package org.semanticinpaint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods and constructors of one source file, found in its code-only text ({@link SourceTree#codeOnly}, which
 * keeps line breaks): every body that opens after a parameter list (and a {@code throws} clause), every compact
 * constructor of a record, and every record header, whose components are the parameters of its canonical
 * constructor. Control statements, anonymous classes, lambdas and enum constants with a body are no members. A
 * body's length runs from the line of its opening brace to the line of its closing one, both counted.
 */
final class SourceMembers {

	/**
	 * One method or constructor.
	 *
	 * @param line where its name stands
	 * @param parameters how many it takes (a compact constructor: 0, its record header counts them)
	 * @param bodyLines from the opening brace's line to the closing brace's (a record header: 0)
	 */
	record Member(String name, int line, int parameters, int bodyLines, boolean constructor) {}

	/** Words that stand before a parenthesis and a body without naming a member. */
	private static final Set<String> STATEMENTS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
		"try");
	private static final Set<String> ACCESS = Set.of("public", "protected", "private");
	private static final Pattern TYPE = Pattern.compile("\\b(?:class|record|enum|interface)\\s+(\\w+)");
	private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*(?:<[^(]*>)?\\s*\\(");
	private static final Pattern THROWS = Pattern.compile("\\)\\s*throws\\s+[\\w.$<>,?\\s]+$");

	private SourceMembers() {}

	/** The members of one file's code-only text, in the order they stand. */
	static List<Member> of(String code) {
		Set<String> types = names(TYPE, code), records = names(RECORD, code);
		List<Member> out = new ArrayList<>();
		Matcher r = RECORD.matcher(code);
		while (r.find()) {
			int open = r.end() - 1;
			out.add(new Member(r.group(1), lineOf(code, r.start(1)), parameters(code, open, matching(code, open)), 0,
				true));
		}
		for (int i = code.indexOf('{'); i >= 0; i = code.indexOf('{', i + 1)) {
			Member m = opening(code, i, types, records);
			if (m != null) out.add(m);
		}
		out.sort(Comparator.comparingInt(Member::line));
		return out;
	}

	/** The member whose body opens at {@code brace}, or null. */
	private static Member opening(String code, int brace, Set<String> types, Set<String> records) {
		int end = lastBefore(code, brace);
		if (end < 0) return null;
		String before = code.substring(Math.max(0, brace - 500), brace);
		Matcher t = THROWS.matcher(before);
		if (t.find()) end = brace - before.length() + t.start();
		if (code.charAt(end) != ')') return compactConstructor(code, brace, end, records);
		int open = matchingBack(code, end);
		int nameEnd = lastBefore(code, open);
		if (nameEnd < 0 || !Character.isJavaIdentifierPart(code.charAt(nameEnd))) return null;
		int nameStart = wordStart(code, nameEnd);
		String name = code.substring(nameStart, nameEnd + 1), previous = tokenBefore(code, nameStart);
		if (STATEMENTS.contains(name) || Set.of("new", "record", "@", ".").contains(previous)) return null;
		boolean constructor = types.contains(name);
		// a name after a brace, semicolon or comma that is no type: an enum constant with a body
		if (!constructor && Set.of("{", "}", ";", ",", "").contains(previous)) return null;
		return new Member(name, lineOf(code, nameStart), parameters(code, open, end), bodyLines(code, brace),
			constructor);
	}

	/** A record's compact constructor ({@code public Name { ... }}): its body; its header counts the parameters. */
	private static Member compactConstructor(String code, int brace, int end, Set<String> records) {
		if (!Character.isJavaIdentifierPart(code.charAt(end))) return null;
		int start = wordStart(code, end);
		String name = code.substring(start, end + 1), previous = tokenBefore(code, start);
		if (!records.contains(name) || !(ACCESS.contains(previous) || Set.of("{", "}", ";").contains(previous)))
			return null;
		return new Member(name, lineOf(code, start), 0, bodyLines(code, brace), true);
	}

	private static Set<String> names(Pattern p, String code) {
		Set<String> out = new TreeSet<>();
		Matcher m = p.matcher(code);
		while (m.find()) out.add(m.group(1));
		return out;
	}

	/** Parameters between the parentheses at {@code open} and {@code close}: top-level commas plus one. */
	private static int parameters(String code, int open, int close) {
		String list = code.substring(open + 1, close);
		if (list.isBlank()) return 0;
		int depth = 0, n = 1;
		for (char c : list.toCharArray()) {
			if (c == '<' || c == '(' || c == '[') depth++;
			else if (c == '>' || c == ')' || c == ']') depth--;
			else if (c == ',' && depth == 0) n++;
		}
		return n;
	}

	private static int bodyLines(String code, int brace) {
		return lineOf(code, matching(code, brace)) - lineOf(code, brace) + 1;
	}

	/** The bracket that closes the one at {@code open} ('(' or '{'). */
	private static int matching(String code, int open) {
		char o = code.charAt(open), c = o == '(' ? ')' : '}';
		int depth = 0;
		for (int i = open; i < code.length(); i++) {
			if (code.charAt(i) == o) depth++;
			else if (code.charAt(i) == c && --depth == 0) return i;
		}
		return code.length() - 1;
	}

	/** The '(' that the ')' at {@code close} closes. */
	private static int matchingBack(String code, int close) {
		int depth = 0;
		for (int i = close; i >= 0; i--) {
			if (code.charAt(i) == ')') depth++;
			else if (code.charAt(i) == '(' && --depth == 0) return i;
		}
		return 0;
	}

	/** The last character before {@code at} that is no white space, or -1. */
	private static int lastBefore(String code, int at) {
		int i = at - 1;
		while (i >= 0 && Character.isWhitespace(code.charAt(i))) i--;
		return i;
	}

	private static int wordStart(String code, int end) {
		int i = end;
		while (i > 0 && Character.isJavaIdentifierPart(code.charAt(i - 1))) i--;
		return i;
	}

	/** The word or the single character before {@code at}, "" at the start. */
	private static String tokenBefore(String code, int at) {
		int end = lastBefore(code, at);
		if (end < 0) return "";
		if (!Character.isJavaIdentifierPart(code.charAt(end))) return String.valueOf(code.charAt(end));
		return code.substring(wordStart(code, end), end + 1);
	}

	private static int lineOf(String code, int at) {
		int line = 1;
		for (int i = 0; i < at; i++) if (code.charAt(i) == '\n') line++;
		return line;
	}
}
