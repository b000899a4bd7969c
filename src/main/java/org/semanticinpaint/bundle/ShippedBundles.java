package org.semanticinpaint.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;


/**
 * The bundles that ship inside the plugin jar (under {@code models/}), so they work right after installing the
 * jar. TensorFlow loads SavedModels from folders, so a bundle is copied out of the jar once, into
 * {@code <models>/<name>-<size>/}, and reused from there; {@code <models>} is {@code Fiji.app/models/} in a Fiji.app,
 * else {@code ~/.semantic-inpainting/models/} ({@link ModelsFolder}). Run from a source checkout, the project's own
 * {@code models/} folder is used directly.
 */
public final class ShippedBundles {

	/** The bundles built into the jar, in menu order. */
	public static final List<String> NAMES = List.of("em-nanoparticles", "fluorescent-nuclei", "phase-contrast-cells",
		"street-scenes");

	private static final List<String> NETWORK_FILES = List.of("saved_model.pb", "variables/variables.index",
		"variables/variables.data-00000-of-00001");

	/** The licence of a bundle's weights, beside its model.json. */
	public static final String LICENCE = "LICENSE";

	private ShippedBundles() {}

	/** The folder of a shipped bundle, extracted if needed; null if this build does not contain it. */
	public static Path folder(String name) throws IOException {
		Path local = local(name);
		if (Files.isRegularFile(local.resolve(ModelCard.FILE))) return local;
		if (!isPresent(name)) return null;
		return unpacked(name, ModelsFolder.candidates());
	}

	/** Unpacked below the first of {@code roots} that works: a read-only Fiji.app falls back to the user's folder. */
	static Path unpacked(String name, List<Path> roots) throws IOException {
		IOException failed = new IOException("no folder to unpack the model '" + name + "' into");
		for (Path root : roots) {
			try {
				return unpackedIn(name, root);
			}
			catch (IOException e) {
				failed = e;
			}
		}
		throw failed;
	}

	/** The bundle unpacked from the jar below {@code root}, copied now if it is not there yet. */
	static Path unpackedIn(String name, Path root) throws IOException {
		String base = "/models/" + name + "/";
		long size = 0;
		for (String f : files()) size += sizeOf(base + f);
		Path target = root.resolve(name + "-" + size);
		return unpack(base, target);
	}

	/**
	 * Copies a bundle out of the jar into {@code target}. Each caller copies into its own temporary folder and
	 * renames it whole, so two processes unpacking at once (two Fiji windows, a job array's first tasks) never
	 * write into one folder: the first rename wins and the other's copy is dropped.
	 */
	static Path unpack(String base, Path target) throws IOException {
		if (Files.isRegularFile(target.resolve(ModelCard.FILE))) return target;
		Files.createDirectories(target.getParent());
		Path tmp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
		try {
			for (String f : files()) {
				Path dest = tmp.resolve(f);
				Files.createDirectories(dest.getParent());
				try (InputStream in = ShippedBundles.class.getResourceAsStream(base + f)) {
					if (in == null) throw new IOException("the plugin jar lacks " + base + f);
					Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			copyLicence(base, tmp);
			// an atomic rename: a half-copied bundle is never mistaken for a complete one
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException e) {
			if (Files.isRegularFile(target.resolve(ModelCard.FILE))) return target; // another process was first
			throw e;
		}
		finally {
			deleteTree(tmp); // nothing left when the rename happened; our copy when another won
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) return;
		try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
		}
	}

	/** True when this build (the jar, or ./models in a checkout) contains the bundle; nothing is unpacked. */
	public static boolean isPresent(String name) {
		return Files.isRegularFile(local(name).resolve(ModelCard.FILE)) ||
			ShippedBundles.class.getResource("/models/" + name + "/" + ModelCard.FILE) != null;
	}

	/** A checkout's own models/ folder wins over the copy in the jar (training writes there). */
	private static Path local(String name) {
		return Paths.get("models", name);
	}

	/** Every shipped bundle this build contains, as folders. */
	public static List<Path> available() {
		List<Path> out = new ArrayList<>();
		for (String n : NAMES) {
			try {
				Path p = folder(n);
				if (p != null) out.add(p);
			}
			catch (IOException e) {
				// an unreadable bundle is reported when someone picks it
			}
		}
		return out;
	}

	private static List<String> files() {
		List<String> f = new ArrayList<>();
		for (String net : List.of(NetSignatures.INPAINT, NetSignatures.SEGMENT, NetSignatures.DECODE))
			for (String n : NETWORK_FILES) f.add(net + "/" + n);
		f.add(ModelCard.FILE);
		return f;
	}

	/** The weights' licence travels with them; optional, so bundles without one still unpack. */
	private static void copyLicence(String base, Path folder) throws IOException {
		try (InputStream in = ShippedBundles.class.getResourceAsStream(base + LICENCE)) {
			if (in != null) Files.copy(in, folder.resolve(LICENCE), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static long sizeOf(String resource) throws IOException {
		try (InputStream in = ShippedBundles.class.getResourceAsStream(resource)) {
			if (in == null) return 0;
			return in.transferTo(java.io.OutputStream.nullOutputStream());
		}
	}
}
