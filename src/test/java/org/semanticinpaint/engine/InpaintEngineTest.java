package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CancellationException;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.bundle.TestBundles;

/** The engine on whole images: holes only are written, types are respected, bad input is refused. */
class InpaintEngineTest {

	@TempDir
	static Path tmp;
	static InpaintEngine engine;

	@BeforeAll
	static void open() throws Exception {
		engine = InpaintEngine.open(TestBundles.gray(tmp.resolve("b")), EngineSettings.defaults().withThreads(1));
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	static ArrayImg<UnsignedShortType, ShortArray> image16(int w, int h, long seed) {
		short[] px = new short[w * h];
		Random r = new Random(seed);
		for (int i = 0; i < px.length; i++) px[i] = (short) (20000 + 10000 * Math.sin(i % w * 0.05) + r.nextInt(500));
		return ArrayImgs.unsignedShorts(px, w, h);
	}

	static ArrayImg<UnsignedByteType, ByteArray> rectMask(int w, int h, int x0, int y0, int rw, int rh) {
		byte[] m = new byte[w * h];
		for (int y = y0; y < y0 + rh; y++)
			for (int x = x0; x < x0 + rw; x++) m[y * w + x] = 1;
		return ArrayImgs.unsignedBytes(m, w, h);
	}

	@Test
	void onlyHolePixelsChange16Bit() throws Exception {
		int w = 300, h = 200;
		ArrayImg<UnsignedShortType, ShortArray> img = image16(w, h, 1);
		short[] before = img.update(null).getCurrentStorageArray().clone();
		byte[] mask = new byte[w * h];
		for (int y = 20; y < 40; y++) for (int x = 30; x < 60; x++) mask[y * w + x] = 1;
		for (int y = 150; y < 170; y++) for (int x = 200; x < 260; x++) mask[y * w + x] = 1;
		Proposal p = engine.propose(img, ArrayImgs.unsignedBytes(mask, w, h), Progress.NONE);
		assertEquals(2, p.windows().size());
		engine.render(p, null, Progress.NONE).paste(img);
		short[] after = img.update(null).getCurrentStorageArray();
		int changed = 0;
		for (int i = 0; i < after.length; i++) {
			if (mask[i] == 0) assertEquals(before[i], after[i], "pixel " + i + " outside the hole changed");
			else if (before[i] != after[i]) changed++;
		}
		assertTrue(changed > 500, "only " + changed + " hole pixels changed");
	}

	/**
	 * Images vary in background offset and gain (detector settings, bit depth): a fill must follow the image, not
	 * its units. The intensity normalisation and the texture stage work relative to the known pixels' range, so
	 * an image scaled by a gain and shifted by an offset gets the same fill, scaled and shifted alike.
	 */
	@Test
	void aGainAndAnOffsetScaleAndShiftTheFillAlike() throws Exception {
		int w = 200, h = 160;
		short[] src = image16(w, h, 4).update(null).getCurrentStorageArray();
		float[] a = new float[w * h], b = new float[w * h];
		for (int i = 0; i < a.length; i++) {
			a[i] = src[i] & 0xffff;
			b[i] = 0.01f * a[i] - 700; // another gain, and an offset that makes the background negative
		}
		float[] fa = filled(a, w, h), fb = filled(b, w, h);
		boolean[] hole = rectHole(w, h);
		int n = 0, close = 0;
		for (int i = 0; i < fa.length; i++) {
			if (!hole[i]) continue;
			n++;
			if (Math.abs(fb[i] - (0.01 * fa[i] - 700)) <= 0.01 * 10000 * 1e-3) close++;
		}
		assertTrue(close >= 0.99 * n, close + " of " + n + " hole pixels follow the gain and offset");
	}

	private static boolean[] rectHole(int w, int h) {
		boolean[] hole = new boolean[w * h];
		for (int y = 50; y < 100; y++) for (int x = 70; x < 130; x++) hole[y * w + x] = true;
		return hole;
	}

	private static float[] filled(float[] px, int w, int h) throws Exception {
		ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(px.clone(), w, h);
		Proposal p = engine.propose(img, rectMask(w, h, 70, 50, 60, 50), Progress.NONE);
		engine.render(p, null, Progress.NONE).paste(img);
		return img.update(null).getCurrentStorageArray();
	}

	@Test
	void aLongScratchIsFilledSeamlesslyByOverlappingWindows() throws Exception {
		int w = 600, h = 200, tile = engine.tileModel().tile();
		ArrayImg<UnsignedShortType, ShortArray> img = image16(w, h, 5);
		short[] before = img.update(null).getCurrentStorageArray().clone();
		byte[] mask = new byte[w * h];
		for (int y = 98; y < 102; y++) for (int x = 10; x < 590; x++) mask[y * w + x] = 1;
		Proposal p = engine.propose(img, ArrayImgs.unsignedBytes(mask, w, h), Progress.NONE);
		assertTrue(p.windows().size() > 1, "cut into " + p.windows().size() + " window(s)");
		for (WindowProposal wp : p.windows()) assertTrue(wp.window().width() <= tile, "full resolution");
		// overlapping windows agree on every shared hole pixel, so the paste order does not matter
		Rendering r = engine.render(p, null, Progress.NONE);
		ArrayImg<UnsignedShortType, ShortArray> forward = image16(w, h, 5), backward = image16(w, h, 5);
		r.paste(forward);
		java.util.List<Rendering.Filled> reversed = new java.util.ArrayList<>(r.windows());
		java.util.Collections.reverse(reversed);
		new Rendering(reversed).paste(backward);
		short[] f = forward.update(null).getCurrentStorageArray(), b = backward.update(null).getCurrentStorageArray();
		for (int i = 0; i < f.length; i++) {
			assertEquals(f[i], b[i], "pixel " + i);
			if (mask[i] == 0) assertEquals(before[i], f[i], "pixel " + i + " outside the hole changed");
		}
	}

	@Test
	void maskIntervalMayBeJustTheSelectionBounds() throws Exception {
		ArrayImg<UnsignedShortType, ShortArray> img = image16(400, 300, 2);
		// a 10 x 10 mask placed at (100, 50): only that interval is scanned
		Proposal p = engine.propose(img, Views.translate(rectMask(10, 10, 2, 2, 6, 6), 100, 50), Progress.NONE);
		assertEquals(1, p.windows().size());
		HoleWindow win = p.windows().get(0).window();
		assertTrue(win.contains(102, 52) && win.contains(107, 57));
		assertEquals(36, win.holePixels());
	}

	/**
	 * 32-bit data: NaN and +-Inf pixels in a hole's window are missing context (never copied into the fill, so the
	 * fill stays finite and in range) but are not the user's hole, so they stay exactly as they were.
	 */
	@Test
	void nonFinitePixelsOutsideTheHoleStayAndNeverReachTheFill() throws Exception {
		int w = 128, h = 128;
		float[] px = new float[w * h];
		for (int i = 0; i < px.length; i++) px[i] = (float) Math.cos(i * 0.01);
		int[] odd = { 52 * w + 52, 40 * w + 39, 40 * w + 56, 47 * w + 50 }; // a NaN in the window; +-Inf next to the hole
		float[] oddValues = { Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN };
		for (int k = 0; k < odd.length; k++) px[odd[k]] = oddValues[k];
		float[] before = px.clone();
		ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(px, w, h);
		ArrayImg<UnsignedByteType, ByteArray> mask = rectMask(w, h, 40, 40, 16, 7);
		Proposal p = engine.propose(img, mask, Progress.NONE);
		assertTrue(p.windows().get(0).window().contains(52, 52), "the NaN lies in the hole's window");
		assertEquals(16 * 7, p.holePixels(), "the user's hole, not the NaN pixels");
		engine.render(p, null, Progress.NONE).paste(img);
		byte[] m = mask.update(null).getCurrentStorageArray();
		for (int i = 0; i < px.length; i++) {
			if (m[i] != 0) assertTrue(Float.isFinite(px[i]) && Math.abs(px[i]) <= 2, "fill at " + i + ": " + px[i]);
			else assertEquals(Float.floatToRawIntBits(before[i]), Float.floatToRawIntBits(px[i]), "pixel " + i);
		}
	}

	/** A window that is all NaN outside the hole has nothing to fill from: a message instead of a made-up fill. */
	@Test
	void tooFewKnownPixelsAreRefused() {
		int w = 96, h = 96;
		float[] px = new float[w * h];
		java.util.Arrays.fill(px, Float.NaN);
		for (int y = 40; y < 50; y++) for (int x = 40; x < 50; x++) px[y * w + x] = 1f;
		float[] before = px.clone();
		ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(px, w, h);
		InpaintException e = assertThrows(InpaintException.class, () -> engine.propose(img, rectMask(w, h, 40, 40,
			10, 10), Progress.NONE));
		assertTrue(e.getMessage().startsWith("Only 0 of the ") && e.getMessage().contains("too little context"),
			e.getMessage());
		for (int i = 0; i < px.length; i++)
			assertEquals(Float.floatToRawIntBits(before[i]), Float.floatToRawIntBits(px[i]));
	}

	@Test
	void editedLabelsChangeTheFill() throws Exception {
		ArrayImg<UnsignedShortType, ShortArray> img = image16(128, 128, 3);
		Proposal p = engine.propose(img, rectMask(128, 128, 40, 40, 40, 40), Progress.NONE);
		float[] a = engine.render(p, (x, y) -> 0, Progress.NONE).windows().get(0).values();
		float[] b = engine.render(p, (x, y) -> 2, Progress.NONE).windows().get(0).values();
		double diff = 0;
		for (int i = 0; i < a.length; i++) diff += Math.abs(a[i] - b[i]);
		assertTrue(diff > 0, "the label map has no effect on the fill");
	}

	/** Propose refuses an image it cannot take with the typed problem a user interface words (ImageProblem). */
	@Test
	void imageProblemsAreTyped() {
		ImageProblem small = assertThrows(ImageProblem.class, () -> engine.propose(image16(20, 40, 5),
			rectMask(20, 40, 5, 5, 3, 3), Progress.NONE));
		assertEquals(ImageProblem.Reason.TOO_SMALL, small.reason());
		assertEquals(new ImageProblem.Size(20, 40, 1), small.image());
		ImageProblem rgb = assertThrows(ImageProblem.class, () -> engine.propose(ArrayImgs.unsignedBytes(100, 100, 3),
			rectMask(100, 100, 5, 5, 3, 3), Progress.NONE));
		assertEquals(ImageProblem.Reason.CHANNELS, rgb.reason());
		assertEquals(1, rgb.modelChannels());
	}

	@Test
	void refusals() {
		ArrayImg<UnsignedShortType, ShortArray> img = image16(100, 100, 4);
		assertMessage("no hole", () -> engine.propose(img, rectMask(100, 100, 0, 0, 0, 0), Progress.NONE));
		assertMessage("whole image", () -> engine.propose(img, rectMask(100, 100, 0, 0, 100, 100), Progress.NONE));
		assertMessage("outside", () -> engine.propose(img, Views.translate(rectMask(5, 5, 0, 0, 5, 5), 500, 500),
			Progress.NONE));
		assertMessage("at least", () -> engine.propose(image16(20, 20, 5), rectMask(20, 20, 5, 5, 3, 3), Progress.NONE));
		assertMessage("channel", () -> engine.propose(ArrayImgs.unsignedBytes(100, 100, 3), rectMask(100, 100, 5, 5, 3, 3),
			Progress.NONE));
	}

	@Test
	void cancelStopsBeforeWriting() throws Exception {
		ArrayImg<UnsignedShortType, ShortArray> img = image16(128, 128, 6);
		short[] before = img.update(null).getCurrentStorageArray().clone();
		Progress cancel = new CancelledProgress();
		assertThrows(CancellationException.class, () -> engine.propose(img, rectMask(128, 128, 5, 5, 9, 9), cancel));
		assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(img.update(null).getCurrentStorageArray()));
	}

	/**
	 * Nothing under the mask may influence a fill: a dead tile of zeros (which once dragged the normalisation's low
	 * percentile to 0), NaN or the true pixels under a hole give bit-identical proposals and renders, with and
	 * without texture. The hole covers 6% of the image, far above the 0.5% percentile.
	 */
	@Test
	void whatLiesUnderTheHoleDoesNotMatter() throws Exception {
		int w = 200, h = 200;
		float[] truth = new float[w * h];
		Random r = new Random(8);
		for (int i = 0; i < truth.length; i++) truth[i] = (float) (3000 + 800 * Math.sin(i % w * 0.07) + 50 * r.nextGaussian());
		ArrayImg<UnsignedByteType, ByteArray> mask = rectMask(w, h, 60, 70, 50, 48);
		float[][] results = new float[3][];
		for (int variant = 0; variant < 3; variant++) {
			float[] px = truth.clone();
			for (int i = 0; i < px.length; i++)
				if (mask.update(null).getCurrentStorageArray()[i] != 0) px[i] = variant == 0 ? 0f : variant == 1 ? Float.NaN : px[i];
			ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(px, w, h);
			Proposal p = engine.propose(img, mask, Progress.NONE);
			float[] coarse = p.windows().get(0).coarse();
			float[] plain = engine.render(p, null, Texture.NONE, Progress.NONE).windows().get(0).values();
			float[] textured = engine.render(p, null, Texture.FROM_IMAGE, Progress.NONE).windows().get(0).values();
			Normalizer n = p.windows().get(0).normalizer();
			results[variant] = concat(coarse, plain, textured, new float[] { (float) n.low(), (float) n.high() });
		}
		assertArrayEquals(results[2], results[0], "zeros under the hole");
		assertArrayEquals(results[2], results[1], "NaN under the hole");
	}

	private static float[] concat(float[]... parts) {
		int n = 0;
		for (float[] a : parts) n += a.length;
		float[] out = new float[n];
		int k = 0;
		for (float[] a : parts) {
			System.arraycopy(a, 0, out, k, a.length);
			k += a.length;
		}
		return out;
	}

	@Test
	void textureGivesTheFillTheImagesGrain() throws Exception {
		int w = 256, h = 256;
		float[] px = new float[w * h];
		Random r = new Random(9);
		for (int i = 0; i < px.length; i++) px[i] = (float) (1000 + 100 * r.nextGaussian());
		ArrayImg<UnsignedByteType, ByteArray> mask = rectMask(w, h, 64, 64, 128, 128);
		Proposal p = engine.propose(ArrayImgs.floats(px, w, h), mask, Progress.NONE);
		double plain = holeStd(engine.render(p, null, Texture.NONE, Progress.NONE), w);
		double textured = holeStd(engine.render(p, null, Texture.FROM_IMAGE, Progress.NONE), w);
		assertTrue(textured > 70 && textured < 130, "textured std " + textured + " (image: 100)");
		assertTrue(plain < 50, "stage 2 alone is smooth: std " + plain);
	}

	private static double holeStd(Rendering r, int w) {
		Rendering.Filled f = r.windows().get(0);
		double s = 0, q = 0;
		int n = 0;
		for (int i = 0; i < f.values().length; i++)
			if (f.window().hole()[i]) { s += f.values()[i]; q += f.values()[i] * f.values()[i]; n++; }
		return Math.sqrt(q / n - (s / n) * (s / n));
	}

	interface Call {
		void run() throws Exception;
	}

	static void assertMessage(String part, Call c) {
		InpaintException e = assertThrows(InpaintException.class, c::run);
		assertTrue(e.getMessage().toLowerCase().contains(part), e.getMessage());
	}
}
