package dev.jpy.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Libm.exp's, Libm.log's and Libm.pow's fast paths (double tail, rounding test) give the double-double paths' correctly rounded results. */
class LibmFastPathTest {
    @Test
    void fastExpAgreesWithDoubleDouble() {
        Random r = new Random(5);
        int differing = 0;
        for (int i = 0; i < 300_000; i++) {
            double x = i % 2 == 0 ? r.nextDouble() * 1420 - 710 : (r.nextDouble() - 0.5) * Math.scalb(1.0, -r.nextInt(60));
            if (Double.doubleToRawLongBits(Libm.exp(x)) != Double.doubleToRawLongBits(Libm.expDD(x, 0))) differing++;
        }
        assertEquals(0, differing);
    }

    @Test
    void fastLogAgreesWithDoubleDouble() {
        Random r = new Random(6);
        int differing = 0;
        for (int i = 0; i < 300_000; i++) {
            double x = i % 2 == 0 ? r.nextDouble() * 100 : Math.scalb(r.nextDouble() + 0.5, r.nextInt(2000) - 1000);
            if (Double.doubleToRawLongBits(Libm.log(x)) != Double.doubleToRawLongBits(Libm.logDD(x).hi())) differing++;
        }
        assertEquals(0, differing);
    }

    @Test
    void fastPowAgreesWithDoubleDouble() {
        Random r = new Random(7);
        int differing = 0;
        for (int i = 0; i < 300_000; i++) {
            double x = i % 2 == 0 ? r.nextDouble() * 100 : Math.scalb(r.nextDouble() + 0.5, r.nextInt(200) - 100);
            double y = i % 3 == 0 ? r.nextDouble() * 4 - 2 : i % 3 == 1 ? r.nextInt(40) - 20 : r.nextDouble() * 200 - 100;
            if (Double.doubleToRawLongBits(Libm.pow(x, y)) != Double.doubleToRawLongBits(Libm.powDD(x, y))) differing++;
        }
        assertEquals(0, differing);
    }
}
