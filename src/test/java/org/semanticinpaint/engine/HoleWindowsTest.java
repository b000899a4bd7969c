package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

class HoleWindowsTest {

	@Test
	void distantHolesGetTheirOwnWindowsAndCloseOnesShareOne() throws Exception {
		int w = 1000, h = 1000;
		byte[] m = new byte[w * h];
		m[100 * w + 100] = 1;
		m[105 * w + 104] = 1; // close to the first: same window
		m[800 * w + 800] = 1;
		List<HoleWindow> ws = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0);
		assertEquals(2, ws.size());
		for (int i = 0; i < ws.size(); i++)
			for (int j = i + 1; j < ws.size(); j++)
				assertFalse(HoleWindows.overlap(box(ws.get(i)), box(ws.get(j))));
		assertEquals(3, ws.get(0).holePixels() + ws.get(1).holePixels());
	}

	@Test
	void aMaskCoveringPartOfTheImageIsReadInImageCoordinates() throws Exception {
		// a selection's bounds: the mask is a view on x 300..699, y 200..499 of a 1000 x 800 image
		int w = 1000, h = 800;
		byte[] m = new byte[w * h];
		for (int y = 260; y < 280; y++) for (int x = 610; x < 640; x++) m[y * w + x] = 1; // 30 x 20 inside it
		m[100 * w + 100] = 1; // outside the view: must not count
		var view = net.imglib2.view.Views.interval(ArrayImgs.unsignedBytes(m, w, h), new long[] { 300, 200 },
			new long[] { 699, 499 });
		List<HoleWindow> ws = HoleWindows.find(view, w, h, 128, 2.0);
		assertEquals(1, ws.size());
		HoleWindow win = ws.get(0);
		assertEquals(600, win.holePixels());
		for (int y = 250; y < 290; y++)
			for (int x = 600; x < 650; x++)
				assertEquals(y >= 260 && y < 280 && x >= 610 && x < 640,
					win.contains(x, y) && win.hole()[(y - win.y0()) * win.width() + x - win.x0()], x + "," + y);
	}

	@Test
	void windowIsTwiceTheHoleAndInsideTheImage() throws Exception {
		int w = 500, h = 400;
		byte[] m = new byte[w * h];
		for (int y = 350; y < 400; y++) for (int x = 450; x < 500; x++) m[y * w + x] = 1; // corner hole 50 x 50
		HoleWindow win = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0).get(0);
		assertEquals(100, win.width());
		assertEquals(100, win.height());
		assertTrue(win.x0() + win.width() <= w && win.y0() + win.height() <= h);
	}

	@Test
	void aThinScratchGetsAThinMarginNotTwiceItsLength() throws Exception {
		int w = 1000, h = 1000;
		byte[] m = new byte[w * h];
		for (int x = 400; x < 580; x++) for (int y = 499; y < 502; y++) m[y * w + x] = 1; // 180 x 3 scratch
		List<HoleWindow> ws = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0);
		assertEquals(1, ws.size(), "not yet 1.5 tiles long: one window");
		assertEquals(184, ws.get(0).width(), "180 pixels plus (2 - 1) x its thickness of 4");
		assertEquals(540, ws.get(0).holePixels());
	}

	@Test
	void aLongScratchIsCutIntoOverlappingFullResolutionWindows() throws Exception {
		int w = 1200, h = 900;
		byte[] m = new byte[w * h];
		for (int x = 100; x < 1100; x++) for (int y = 400 + x / 10; y < 405 + x / 10; y++) m[y * w + x] = 1;
		List<HoleWindow> ws = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0);
		assertTrue(ws.size() >= 1000 / 128 + 1, ws.size() + " windows");
		boolean[] covered = new boolean[w * h];
		for (HoleWindow win : ws) {
			assertEquals(128, win.width(), "the tile's own side: no resampling");
			assertEquals(128, win.height());
			assertTrue(win.holePixels() > 0 && win.holePixels() < 128 * 128 / 4);
			for (int y = 0; y < 128; y++)
				for (int x = 0; x < 128; x++)
					if (win.hole()[y * 128 + x]) covered[(win.y0() + y) * w + win.x0() + x] = true;
					else assertEquals(0, m[(win.y0() + y) * w + win.x0() + x], "hole pixels are all flagged");
		}
		for (int i = 0; i < m.length; i++) assertEquals(m[i] != 0, covered[i], "pixel " + i);
		int overlapping = 0;
		for (int i = 0; i < ws.size(); i++)
			for (int j = i + 1; j < ws.size(); j++) if (HoleWindows.overlap(box(ws.get(i)), box(ws.get(j)))) overlapping++;
		assertTrue(overlapping >= ws.size() - 1, "neighbours overlap so they can be cross-faded");
	}

	@Test
	void aSquareHoleIsNeverCut() throws Exception {
		int w = 1000, h = 1000;
		byte[] m = new byte[w * h];
		for (int y = 300; y < 700; y++) for (int x = 300; x < 700; x++) m[y * w + x] = 1;
		List<HoleWindow> ws = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0);
		assertEquals(1, ws.size());
		assertEquals(800, ws.get(0).width());
	}

	@Test
	void windowStartsCoverTheSpanWithOverlap() {
		int[] a = HoleWindows.starts(10, 500, 128, 1000);
		assertEquals(10, a[0]);
		assertEquals(500 - 127, a[a.length - 1]);
		for (int k = 1; k < a.length; k++) assertTrue(a[k] - a[k - 1] <= 96, "step " + (a[k] - a[k - 1]));
		assertEquals(1, HoleWindows.starts(-50, 60, 128, 100).length, "an image narrower than a window");
		assertEquals(0, HoleWindows.starts(-50, 60, 128, 100)[0]);
	}

	/** The cut-out mask answers in image coordinates and is no hole outside itself. */
	@Test
	void theHoleMaskIsReadInImageCoordinates() {
		boolean[] px = { false, true, true, false, false, true }; // 3 x 2, its top-left pixel at (10, 20)
		HoleWindows.HoleMask m = new HoleWindows.HoleMask(px, 3, 2, 10, 20);
		assertTrue(m.isHole(11, 20) && m.isHole(12, 20) && m.isHole(12, 21));
		assertFalse(m.isHole(10, 20) || m.isHole(10, 21) || m.isHole(11, 21));
		assertFalse(m.isHole(9, 20) || m.isHole(13, 20) || m.isHole(11, 19) || m.isHole(11, 22), "outside the mask");
	}

	/** A small hole still gets half a tile; near a border the window moves inside the image. */
	@Test
	void placingFollowsTheSizing() {
		HoleWindows.Sizing sizing = new HoleWindows.Sizing(300, 200, 128, 2.0);
		HoleWindows.Box small = HoleWindows.place(new HoleWindows.Box(150, 100, 153, 103), sizing);
		assertEquals(64, small.maxX() - small.minX() + 1);
		HoleWindows.Box corner = HoleWindows.place(new HoleWindows.Box(280, 180, 299, 199), sizing);
		assertEquals(299, corner.maxX());
		assertEquals(199, corner.maxY());
		assertEquals(64, corner.maxX() - corner.minX() + 1);
	}

	static HoleWindows.Box box(HoleWindow w) {
		return new HoleWindows.Box(w.x0(), w.y0(), w.x0() + w.width() - 1, w.y0() + w.height() - 1);
	}
}
