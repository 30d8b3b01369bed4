package dev.jpy.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The fast paths of Libm.exp, log and pow and LibmTrig.sin and cos (double tail, rounding test) give the double-double paths' correctly rounded results. */
class LibmFastPathTest {
    private static final int N = 300_000;

    /** How many of N (x, y) pairs the two functions give different bits for. */
    private static int differing(DoubleSupplier xs, DoubleSupplier ys, DoubleBinaryOperator fast, DoubleBinaryOperator slow) {
        int n = 0;
        for (int i = 0; i < N; i++) {
            double x = xs.getAsDouble(), y = ys.getAsDouble();
            if (Double.doubleToRawLongBits(fast.applyAsDouble(x, y)) != Double.doubleToRawLongBits(slow.applyAsDouble(x, y))) n++;
        }
        return n;
    }

    @Test
    void fastExpAgreesWithDoubleDouble() {
        Random r = new Random(5);
        DoubleSupplier xs = () -> r.nextBoolean() ? r.nextDouble() * 1500 - 750 : (r.nextDouble() - 0.5) * Math.scalb(1.0, -r.nextInt(60));
        assertEquals(0, differing(xs, () -> 0, (x, y) -> Libm.exp(x), (x, y) -> Libm.expDD(x, 0)));
    }

    @Test
    void fastLogAgreesWithDoubleDouble() {
        Random r = new Random(6);
        DoubleSupplier xs = () -> r.nextBoolean() ? r.nextDouble() * 100 : Math.scalb(r.nextDouble() + 0.5, r.nextInt(2000) - 1000);
        assertEquals(0, differing(xs, () -> 0, (x, y) -> Libm.log(x), (x, y) -> Libm.logDD(x).hi()));
    }

    @Test
    void fastPowAgreesWithDoubleDouble() {
        Random r = new Random(7);
        DoubleSupplier xs = () -> r.nextBoolean() ? r.nextDouble() * 100 : Math.scalb(r.nextDouble() + 0.5, r.nextInt(200) - 100);
        DoubleSupplier ys = () -> switch (r.nextInt(3)) {
            case 0 -> r.nextDouble() * 4 - 2;
            case 1 -> r.nextInt(40) - 20;
            default -> r.nextDouble() * 200 - 100;
        };
        assertEquals(0, differing(xs, ys, Libm::pow, Libm::powDD));
    }

    @Test
    void fastSinCosAgreeWithDoubleDouble() {
        Random r = new Random(8);
        DoubleSupplier xs = () -> switch (r.nextInt(3)) {
            case 0 -> r.nextDouble() * 20 - 10;
            case 1 -> (r.nextDouble() - 0.5) * 1e6;
            default -> (r.nextDouble() - 0.5) * Math.scalb(1.0, -r.nextInt(26));
        };
        assertEquals(0, differing(xs, () -> 0, (x, y) -> LibmTrig.sin(x), (x, y) -> LibmTrig.viaSeries(x, false)));
        assertEquals(0, differing(xs, () -> 0, (x, y) -> LibmTrig.cos(x), (x, y) -> LibmTrig.viaSeries(x, true)));
    }
}
