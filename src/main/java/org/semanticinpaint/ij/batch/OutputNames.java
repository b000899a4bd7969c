package org.semanticinpaint.ij.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The output file name of every input: its base name + ".tif", unless another input shares that base name
 * ({@code x.png}, {@code x.PNG}, {@code x.jpg}); then each of them gets its extension in the name as well
 * ({@code x-png.tif}, {@code x-png-2.tif}, {@code x-jpg.tif}). Names are compared ignoring case, because macOS
 * and Windows folders do, and they are computed over the whole sorted folder, so every shard of a cluster run
 * agrees on them.
 */
public final class OutputNames {

	private OutputNames() {}

	/** @param sorted the inputs in sorted order; the result keeps that order */
	public static Map<Path, String> of(List<Path> sorted) {
		Map<String, Integer> perBase = new HashMap<>();
		for (Path p : sorted) perBase.merge(key(base(p)), 1, Integer::sum);
		Set<String> taken = new HashSet<>();
		// plain names first, so a unique "x-png.tif" input keeps its name and a collision suffix steps around it
		for (Path p : sorted) if (perBase.get(key(base(p))) == 1) taken.add(key(base(p) + ".tif"));
		Map<Path, String> out = new LinkedHashMap<>();
		for (Path p : sorted) {
			if (perBase.get(key(base(p))) == 1) {
				out.put(p, base(p) + ".tif");
				continue;
			}
			String stem = base(p) + "-" + extension(p).toLowerCase(Locale.ROOT);
			String name = stem + ".tif";
			for (int n = 2; taken.contains(key(name)); n++) name = stem + "-" + n + ".tif";
			taken.add(key(name));
			out.put(p, name);
		}
		return out;
	}

	/** The file name without its last extension. */
	public static String base(Path p) {
		String n = p.getFileName().toString();
		int i = n.lastIndexOf('.');
		return i < 0 ? n : n.substring(0, i);
	}

	private static String extension(Path p) {
		String n = p.getFileName().toString();
		int i = n.lastIndexOf('.');
		return i < 0 ? "" : n.substring(i + 1);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
