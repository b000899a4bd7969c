package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

class AdamTest {

	@Test
	void minimisesAQuadratic() {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Variable<TFloat32> x = tf.withName("x").variable(tf.constant(new float[] { 3f, -2f }));
			Operand<TFloat32> loss = tf.sum(tf.math.square(tf.math.sub(x, tf.constant(new float[] { 1f, 1f }))),
				tf.constant(0));
			Adam adam = new Adam(tf, "adam", loss, List.of(x), Adam.Betas.USUAL);
			s.initialize();
			float first = Float.NaN, last = Float.NaN;
			for (int i = 0; i < 300; i++) {
				List<TFloat32> close = new ArrayList<>();
				Session.Runner r = s.runner();
				adam.addTo(r, 0.05f, close);
				try (Result res = r.fetch(loss).run()) {
					last = ((TFloat32) res.get(0)).getFloat();
					if (i == 0) first = last;
				}
				close.forEach(TFloat32::close);
			}
			assertTrue(first > 12f, "initial loss " + first);
			assertTrue(last < 1e-2f, "loss after 300 steps " + last);
		}
	}

	/** Adam's first step moves each weight by its rate (the gradient's sign times lr): the scale shows directly. */
	@Test
	void aRateScaleScalesThatVariablesSteps() {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Variable<TFloat32> a = tf.withName("a").variable(tf.constant(new float[] { 2f }));
			Variable<TFloat32> b = tf.withName("b").variable(tf.constant(new float[] { 2f }));
			// (Square straight on a variable's reference output crashes TensorFlow's gradient builder; identity reads it)
			Operand<TFloat32> loss = tf.sum(tf.math.add(tf.math.square(tf.identity(a)), tf.math.square(tf.identity(b))),
				tf.constant(0));
			Adam adam = new Adam(tf, "adam", loss, List.of(a, b), Adam.Betas.GAN, Adam.Options.scaled(new float[] { 1f, 0.1f }));
			s.initialize();
			List<TFloat32> close = new ArrayList<>();
			Session.Runner r = s.runner();
			adam.addTo(r, 0.5f, close);
			r.run().close();
			close.forEach(TFloat32::close);
			try (Result res = s.runner().fetch(a).fetch(b).run()) {
				assertEquals(1.5f, ((TFloat32) res.get(0)).getFloat(0), 1e-4);
				assertEquals(1.95f, ((TFloat32) res.get(1)).getFloat(0), 1e-4);
			}
		}
		assertThrows(IllegalArgumentException.class, () -> {
			try (Graph g = new Graph()) {
				Ops tf = Ops.create(g);
				Variable<TFloat32> a = tf.variable(tf.constant(new float[] { 1f }));
				new Adam(tf, "adam", tf.sum(tf.math.square(tf.identity(a)), tf.constant(0)), List.of(a), Adam.Betas.GAN,
					Adam.Options.scaled(new float[] { 1f, 1f }));
			}
		});
	}
}
