package org.semanticinpaint.eval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.RawImage;
import org.semanticinpaint.data.Sample;

class EvaluateCommandTest {

	@Test
	void smallSplitsGetMoreCropsPerImage() {
		assertEquals(1, EvaluateCommand.cropsFor(40));
		assertEquals(1, EvaluateCommand.cropsFor(80));
		assertEquals(5, EvaluateCommand.cropsFor(9));
		assertEquals(8, EvaluateCommand.cropsFor(5));
		assertEquals(8, EvaluateCommand.cropsFor(1));
		assertEquals(1, EvaluateCommand.cropsFor(0));
	}

	@Test
	void eachCropHasACentreHoleAndAFreeFormMaskAndEachImageScratches() {
		List<Sample> images = new ArrayList<>();
		for (int i = 0; i < 3; i++)
			images.add(new Sample("s" + i, "s" + i, new RawImage(300, 320, 1, new float[300 * 320]),
				new byte[300 * 320]));
		images.add(new Sample("small", "small", new RawImage(100, 100, 1, new float[100 * 100]), new byte[100 * 100]));
		List<EvaluationCase> cases = EvaluateCommand.cases(images, 4, 7, -1);
		assertEquals(12, cases.stream().filter(k -> k.maskKind().equals("centre")).count());
		assertEquals(12, cases.stream().filter(k -> k.maskKind().equals("free-form")).count());
		assertEquals(3, cases.stream().filter(k -> k.maskKind().equals("scratches")).count());
		assertEquals(List.of(288), cases.stream().filter(k -> k.maskKind().equals("scratches")).map(EvaluationCase::side)
			.distinct().toList(), "the largest multiple of 32 that fits");
		assertEquals(cases.get(0).x0(), EvaluateCommand.cases(images, 4, 7, -1).get(0).x0(), "seeded");
	}
}
