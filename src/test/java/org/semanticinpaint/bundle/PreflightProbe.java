package org.semanticinpaint.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Loads a bundle in a fresh JVM and says whether it was refused and whether TensorFlow's native library was ever
 * mapped into the process: without it no TensorFlow graph or session can have existed (Linux: /proc/self/maps).
 */
public final class PreflightProbe {

	private PreflightProbe() {}

	public static void main(String[] args) throws Exception {
		try (ModelBundle b = BundleLoader.load(Paths.get(args[0]), 1)) {
			System.out.println("LOADED " + b.card().name);
		}
		catch (BundleException e) {
			System.out.println("REFUSED " + e.getMessage());
		}
		System.out.println("TENSORFLOW_NATIVE " + nativeTensorFlowMapped());
	}

	static boolean nativeTensorFlowMapped() throws Exception {
		Path maps = Paths.get("/proc/self/maps");
		return Files.readAllLines(maps).stream().anyMatch(l -> l.contains("tensorflow") && l.contains(".so"));
	}
}
