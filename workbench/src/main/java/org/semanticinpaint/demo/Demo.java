package org.semanticinpaint.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.DatasetReader;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.RawImage;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.Split;
import org.semanticinpaint.data.masks.FreeFormMasks;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Rendering;

/**
 * The built-in default job: inpaints seeded free-form holes in a few validation micrographs with a shipped
 * bundle, headless, writes input / coarse / labels / result PNGs to target/demo and prints hole errors and times.
 * Uses ../shared/data when present, synthetic images otherwise. Args: [bundleDir] [count].
 */
public final class Demo {

	private Demo() {}

	public static void main(String[] args) throws Exception {
		Path bundle = Paths.get(args.length > 0 ? args[0] : "models/em-nanoparticles");
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		Path out = Paths.get("target/demo");
		Files.createDirectories(out);
		long t0 = System.nanoTime();
		try (InpaintEngine engine = InpaintEngine.open(bundle, EngineSettings.defaults())) {
			ModelCard card = engine.card();
			System.out.printf(Locale.ROOT, "Loaded %s (%s) in %.2f s%n", card.name, card.modality, (System.nanoTime() - t0) / 1e9);
			List<Sample> images = samples(card, count);
			for (Sample s : images) {
				float[] truth = s.pixels();
				float[] mask = new FreeFormMasks(3, 6, 0.04).generate(s.width(), s.height(), new Random(s.name().hashCode()));
				ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(truth.clone(), dims(s));
				for (int i = 0; i < mask.length; i++)
					if (mask[i] > 0) for (int c = 0; c < s.channels(); c++) img.update(null).getCurrentStorageArray()[i * s.channels() + c] = 0;
				long ta = System.nanoTime();
				Proposal p = engine.propose(xyc(img, s), ArrayImgs.floats(mask, s.width(), s.height()), Progress.NONE);
				long tb = System.nanoTime();
				Rendering r = engine.render(p, null, Progress.NONE);
				long tc = System.nanoTime();
				ArrayImg<FloatType, FloatArray> coarse = ArrayImgs.floats(img.update(null).getCurrentStorageArray().clone(), dims(s));
				p.pasteCoarse(xyc(coarse, s));
				r.paste(xyc(img, s));
				float[] res = img.update(null).getCurrentStorageArray();
				double l1 = 0, n = 0;
				for (int i = 0; i < mask.length; i++)
					if (mask[i] > 0) for (int c = 0; c < s.channels(); c++) { l1 += Math.abs(res[i * s.channels() + c] - truth[i * s.channels() + c]); n++; }
				byte[] labels = new byte[s.width() * s.height()];
				p.paintLabels(ArrayImgs.unsignedBytes(labels, s.width(), s.height()));
				write(out.resolve(s.name() + "-1-input.png"), withHole(truth, mask, s), s);
				write(out.resolve(s.name() + "-2-coarse.png"), coarse.update(null).getCurrentStorageArray(), s);
				writeLabels(out.resolve(s.name() + "-3-labels.png"), labels, s, card);
				write(out.resolve(s.name() + "-4-result.png"), res, s);
				write(out.resolve(s.name() + "-5-truth.png"), truth, s);
				System.out.printf(Locale.ROOT, "%-28s %4dx%-4d %d windows, %6d hole pixels: propose %4.0f ms, render %4.0f ms, " +
					"hole L1 %.2f (%.1f%% of the image's range)%n", s.name(), s.width(), s.height(), p.windows().size(),
					p.holePixels(), (tb - ta) / 1e6, (tc - tb) / 1e6, l1 / n, 100 * l1 / n / range(truth));
			}
		}
		System.out.println("Wrote " + out.toAbsolutePath());
	}

	/** Interleaved HWC storage is an ImgLib2 image of C x W x H; the engine wants X x Y x C. */
	static net.imglib2.RandomAccessibleInterval<FloatType> xyc(ArrayImg<FloatType, FloatArray> img, Sample s) {
		return s.channels() == 1 ? img : net.imglib2.view.Views.moveAxis(img, 0, 2);
	}

	static long[] dims(Sample s) {
		return s.channels() == 1 ? new long[] { s.width(), s.height() } : new long[] { s.channels(), s.width(), s.height() };
	}

	static List<Sample> samples(ModelCard card, int count) throws IOException {
		for (DatasetSpec spec : DatasetSpec.BUILT_IN) {
			Path dir = Paths.get("../shared/data", spec.name());
			if (!card.name.startsWith(spec.name()) || !Files.isDirectory(dir)) continue;
			List<Sample> val = new ArrayList<>();
			List<Path> files = DatasetReader.imageFiles(dir);
			for (Path f : files) val.add(DatasetReader.read(dir, f, spec));
			val = Split.of(val, spec).validation();
			return val.subList(0, Math.min(count, val.size()));
		}
		System.out.println("../shared/data not found: using synthetic images");
		List<Sample> out = new ArrayList<>();
		Random r = new Random(1);
		for (int k = 0; k < count; k++) {
			int w = 256, h = 256, c = card.channels;
			float[] px = new float[w * h * c];
			for (int i = 0; i < w * h; i++)
				for (int ch = 0; ch < c; ch++) px[i * c + ch] = (float) (128 + 60 * Math.sin((i % w) * 0.07 + ch) *
					Math.cos((i / w) * 0.05) + r.nextGaussian() * 5);
			out.add(new Sample("synthetic-" + k, "s", new RawImage(w, h, c, px), new byte[w * h]));
		}
		return out;
	}

	static float[] withHole(float[] px, float[] mask, Sample s) {
		float[] o = px.clone();
		for (int i = 0; i < mask.length; i++) if (mask[i] > 0) for (int c = 0; c < s.channels(); c++) o[i * s.channels() + c] = Float.NaN;
		return o;
	}

	static double range(float[] v) {
		double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
		for (float f : v) { lo = Math.min(lo, f); hi = Math.max(hi, f); }
		return Math.max(1e-9, hi - lo);
	}

	/** Grayscale or RGB PNG, intensities stretched to the image's range; NaN (the hole) drawn red. */
	static void write(Path file, float[] px, Sample s) throws IOException {
		double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
		for (float f : s.pixels()) { lo = Math.min(lo, f); hi = Math.max(hi, f); }
		BufferedImage b = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_RGB);
		int c = s.channels();
		for (int i = 0; i < s.width() * s.height(); i++) {
			int[] v = new int[3];
			boolean nan = false;
			for (int k = 0; k < 3; k++) {
				float f = px[i * c + Math.min(k, c - 1)];
				nan |= Float.isNaN(f);
				v[k] = (int) Math.max(0, Math.min(255, Math.round((f - lo) / (hi - lo) * 255)));
			}
			b.setRGB(i % s.width(), i / s.width(), nan ? 0xff0000 : (v[0] << 16) | (v[1] << 8) | v[2]);
		}
		ImageIO.write(b, "png", file.toFile());
	}

	static void writeLabels(Path file, byte[] labels, Sample s, ModelCard card) throws IOException {
		BufferedImage b = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < labels.length; i++) {
			int k = labels[i] & 0xff;
			int[] col = k < card.classes.size() ? card.classes.get(k).color : new int[] { 0, 0, 0 };
			b.setRGB(i % s.width(), i / s.width(), (col[0] << 16) | (col[1] << 8) | col[2]);
		}
		ImageIO.write(b, "png", file.toFile());
	}
}
