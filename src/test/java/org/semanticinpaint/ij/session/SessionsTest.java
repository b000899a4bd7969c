package org.semanticinpaint.ij.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import ij.ImagePlus;
import ij.gui.OvalRoi;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/** A session is found through its label image or its source, and lives no longer than its label image. */
class SessionsTest {

	@Test
	void foundByLabelsOrSourceWhileTheLabelImageLives() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		InpaintSession s = propose(imp);
		Sessions.add(s);
		assertSame(s, Sessions.of(s.layer().image()));
		assertSame(s, Sessions.of(imp));
		assertNull(Sessions.of(s.layer().image().duplicate()), "a copy of a label image is no session");
		Sessions.remove(s.layer().image());
		assertNull(Sessions.of(imp));
	}

	@Test
	void droppedLabelImagesTakeTheirSessionsWithThem() throws Exception {
		for (int i = 0; i < 20; i++) Sessions.add(propose(TestImages.micrograph8())); // as a script that drops them
		for (int i = 0; i < 5 && Sessions.count() > 0; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertEquals(0, Sessions.count());
	}

	private static InpaintSession propose(ImagePlus imp) throws Exception {
		return InpaintSession.propose(EngineCache.get(TestModel.gray()), imp, new OvalRoi(90, 90, 40, 40), null,
			Progress.NONE);
	}
}
