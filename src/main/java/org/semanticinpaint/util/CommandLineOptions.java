package org.semanticinpaint.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --key value} and {@code --flag} options of a command-line tool, checked against the options the tool
 * knows: a misspelt option (say {@code --own-label} for {@code --own-labels}) is an error, not an hour of training
 * with the option silently left out. {@code --help} or {@code -h} asks for the usage text.
 */
public final class CommandLineOptions {

	private final Map<String, String> values;
	private final boolean help;

	private CommandLineOptions(Map<String, String> values, boolean help) {
		this.values = values;
		this.help = help;
	}

	/**
	 * Parses {@code args}; a value is the next argument unless that starts with {@code --} (so {@code -1} is a value).
	 *
	 * @param known the option names without their dashes
	 * @throws IllegalArgumentException naming the first unknown option or stray argument
	 */
	public static CommandLineOptions parse(String[] args, Set<String> known) {
		Map<String, String> m = new LinkedHashMap<>();
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--") || arg.length() == 2)
				throw new IllegalArgumentException("unexpected argument '" + arg + "' (options start with --)");
			String key = arg.substring(2);
			if (!known.contains(key))
				throw new IllegalArgumentException("unknown option --" + key + "; known: --" +
					String.join(", --", new TreeSet<>(known)));
			if (i + 1 < args.length && !args[i + 1].startsWith("--")) m.put(key, args[++i]);
			else m.put(key, "true");
		}
		return new CommandLineOptions(m, help);
	}

	/**
	 * For a tool's {@code main}: the options, or the usage printed and the JVM ended (status 0 after {@code --help},
	 * 2 after a bad option, with the reason first).
	 */
	public static CommandLineOptions parseOrExit(String[] args, Set<String> known, String usage) {
		CommandLineOptions o;
		try {
			o = parse(args, known);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println(usage);
			System.exit(2);
			return null;
		}
		if (o.help) {
			System.out.println(usage);
			System.exit(0);
		}
		return o;
	}

	public boolean helpRequested() {
		return help;
	}

	public String get(String key, String otherwise) {
		return values.getOrDefault(key, otherwise);
	}

	/** The value, or null. */
	public String get(String key) {
		return values.get(key);
	}

	/** An unmodifiable view, in the order given. */
	public Map<String, String> asMap() {
		return Collections.unmodifiableMap(values);
	}

	public static Set<String> names(String... names) {
		return Set.of(names);
	}
}
