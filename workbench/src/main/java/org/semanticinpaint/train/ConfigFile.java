package org.semanticinpaint.train;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A run's options as a JSON object, keyed by the option names without dashes: {@code "stages": ["segment",
 * "inpaint"]}, {@code "lr": [1e-3, 2e-4]}, {@code "no-espa": true}. A list stands for the comma-separated value, a
 * number for its text as written, {@code true} for a flag given and {@code false} for one left out. A {@code "note"}
 * (text or a list of lines) says why the run was made and what came of it; training ignores it.
 */
public final class ConfigFile {

	/** The key a file may have that is no option. */
	public static final String NOTE = "note";

	private ConfigFile() {}

	/**
	 * The options of {@code file}, as they would be typed on the command line.
	 *
	 * @throws IllegalArgumentException for a key that is no option in {@code known} (or {@code config} itself)
	 */
	public static Map<String, String> read(Path file, Set<String> known) throws IOException {
		JsonObject json;
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			json = JsonParser.parseReader(r).getAsJsonObject();
		}
		catch (JsonParseException | IllegalStateException e) {
			throw new IllegalArgumentException(file + " is not a JSON object of options: " + e.getMessage(), e);
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> e : json.entrySet()) {
			String key = e.getKey();
			if (key.equals(NOTE)) continue;
			if (!known.contains(key) || key.equals("config")) throw new IllegalArgumentException("unknown option \"" +
				key + "\" in " + file + "; known: " + String.join(", ", new TreeSet<>(known)));
			String value = value(e.getValue(), key, file);
			if (value != null) options.put(key, value);
		}
		return options;
	}

	/** The command-line text of one value; null for a flag set to false. */
	private static String value(JsonElement v, String key, Path file) {
		if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) return v.getAsBoolean() ? "true" : null;
		if (v.isJsonPrimitive()) return v.getAsString();
		if (v.isJsonArray()) {
			List<String> items = new ArrayList<>();
			for (JsonElement item : v.getAsJsonArray()) {
				if (!item.isJsonPrimitive()) break;
				items.add(item.getAsString());
			}
			if (items.size() == v.getAsJsonArray().size()) return String.join(",", items);
		}
		throw new IllegalArgumentException("\"" + key + "\" in " + file + " must be a number, text, true/false or a " +
			"list of numbers or texts");
	}
}
