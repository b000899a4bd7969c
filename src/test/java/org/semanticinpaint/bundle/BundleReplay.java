package org.semanticinpaint.bundle;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

import org.semanticinpaint.engine.TileModel;

/** Runs a bundle's three networks on a fixed input and writes the raw float bits (for the new-JVM comparison). */
public final class BundleReplay {

	private BundleReplay() {}

	public static float[][] run(ModelBundle b) {
		TileModel m = new TileModel(b);
		int t = m.tile(), c = m.channels();
		Random r = new Random(42);
		float[] img = new float[t * t * c], mask = new float[t * t];
		for (int i = 0; i < img.length; i++) img[i] = (float) Math.sin(i * 0.01) * 0.8f + (float) r.nextGaussian() * 0.05f;
		for (int y = t / 4; y < 3 * t / 4; y++)
			for (int x = t / 4; x < 3 * t / 4; x++) mask[y * t + x] = 1f;
		TileModel.TileProposal p = m.propose(img, mask);
		float[] fine = m.render(p.features(), p.coarse(), p.labels());
		return new float[][] { p.coarse(), p.features(), p.probabilities(), fine };
	}

	public static void write(float[][] outputs, Path file) throws IOException {
		try (DataOutputStream o = new DataOutputStream(Files.newOutputStream(file))) {
			for (float[] a : outputs) {
				o.writeInt(a.length);
				for (float v : a) o.writeInt(Float.floatToRawIntBits(v));
			}
		}
	}

	/** args: bundleDir outputFile */
	public static void main(String[] args) throws Exception {
		try (ModelBundle b = BundleLoader.load(Paths.get(args[0]), 1)) {
			write(run(b), Paths.get(args[1]));
		}
	}
}
