package org.semanticinpaint.bundle;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;


/**
 * The SHA-256 of every file of a bundle's three networks, recorded in model.json ({@link ModelCard#sha256}) when
 * the bundle is exported and checked before it is loaded. It catches weights swapped between two bundles of one
 * architecture (they load silently and fill differently), truncated copies and edited graphs. model.json itself
 * is not in the list (it holds the list); its values are checked by {@link CardValidator} and against the
 * networks' signatures. The hashes say the files are the ones exported with this card, not who exported them:
 * that is {@link OpAllowlist}'s job.
 */
public final class BundleHashes {

	static final List<String> NETWORKS = List.of(NetSignatures.INPAINT, NetSignatures.SEGMENT, NetSignatures.DECODE);

	private BundleHashes() {}

	/** Hex SHA-256 of every file under the three network folders, by '/'-separated path relative to the bundle. */
	public static Map<String, String> of(Path dir) throws IOException {
		Map<String, String> out = new TreeMap<>();
		for (Path f : files(dir)) out.put(relative(dir, f), sha256(f));
		return out;
	}

	/**
	 * One checksum for a whole bundle, from its card's hashes: the SHA-256 of the lines {@code path=hash\n} in
	 * path order. Two bundles with the same files have the same checksum; any changed file changes it.
	 * @return lowercase hex, or null when the card lists no hashes (a bundle exported before they were recorded)
	 */
	public static String digest(Map<String, String> hashes) {
		if (hashes == null || hashes.isEmpty()) return null;
		StringBuilder lines = new StringBuilder();
		for (Map.Entry<String, String> e : new TreeMap<>(hashes).entrySet())
			lines.append(e.getKey()).append('=').append(e.getValue().toLowerCase(java.util.Locale.ROOT)).append('\n');
		return HexFormat.of().formatHex(newDigest().digest(lines.toString().getBytes(
			java.nio.charset.StandardCharsets.UTF_8)));
	}

	/** Writes the hashes of the bundle's current files into the card (the caller writes the card). */
	public static void record(Path dir, ModelCard card) throws IOException {
		card.sha256 = of(dir);
	}

	/** Refuses, naming the file, any file missing, added or changed since the card's hashes were recorded. */
	static void verify(Path dir, ModelCard card) throws BundleException {
		String where = "Model bundle " + dir + ": ";
		if (card.sha256 == null || card.sha256.isEmpty()) throw new BundleException(where + ModelCard.FILE +
			" lists no SHA-256 of the bundle's files (bundles exported before this check have none); export it " +
			"again, or if you built it yourself, " + BundleTrust.HOW_TO_TRUST);
		try {
			List<Path> present = files(dir);
			for (Path f : present) {
				String name = relative(dir, f);
				String want = card.sha256.get(name);
				if (want == null) throw new BundleException(where + name + " is not listed in " + ModelCard.FILE +
					"'s sha256; remove it, or export the bundle again");
				if (!want.equalsIgnoreCase(sha256(f))) throw new BundleException(where + name + " does not match " +
					"its SHA-256 in " + ModelCard.FILE + " (changed, damaged, or copied from another bundle)");
			}
			for (String name : card.sha256.keySet())
				if (present.stream().noneMatch(f -> relative(dir, f).equals(name)))
					throw new BundleException(where + "is missing " + name + ", which " + ModelCard.FILE + " lists");
		}
		catch (IOException e) {
			throw new BundleException(where + "a file cannot be read: " + e.getMessage(), e);
		}
	}

	/** Every file (links included) under the network folders, in a fixed order. */
	private static List<Path> files(Path dir) throws IOException {
		List<Path> all = new ArrayList<>();
		for (String net : NETWORKS) {
			Path sub = dir.resolve(net);
			if (!Files.isDirectory(sub)) continue;
			try (Stream<Path> w = Files.walk(sub)) {
				w.filter(p -> !Files.isDirectory(p)).sorted().forEach(all::add);
			}
		}
		return all;
	}

	private static String relative(Path dir, Path f) {
		return dir.relativize(f).toString().replace(File.separatorChar, '/');
	}

	static String sha256(Path f) throws IOException {
		MessageDigest d = newDigest();
		byte[] buf = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(f)) {
			for (int n; (n = in.read(buf)) > 0;) d.update(buf, 0, n);
		}
		return HexFormat.of().formatHex(d.digest());
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
