package com.pakashop.application.demo;

import com.pakashop.application.catalog.ManagingCategories;
import com.pakashop.application.catalog.ManagingProducts;
import com.pakashop.application.catalog.ModeratingShops;
import com.pakashop.application.catalog.RunningShops;
import com.pakashop.application.identity.AdministeringUsers;
import com.pakashop.application.identity.CreatingFirstAdmin;
import com.pakashop.application.identity.RegisteringBuyer;
import com.pakashop.application.promotion.ManagingCoupons;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.application.tracking.FindingAgents;
import com.pakashop.domain.catalog.Category;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.catalog.ProductDetails;
import com.pakashop.domain.catalog.ProductStatus;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopProfile;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.promotion.Coupon;
import com.pakashop.domain.promotion.CouponScope;
import com.pakashop.domain.promotion.CouponTerms;
import com.pakashop.domain.promotion.DiscountKind;
import com.pakashop.domain.shared.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A small marketplace to try things on: staff (admin, finance), a vendor with an approved shop and
 * a dozen products on sale in several categories, a buyer and an agent working in Lusaka.
 * Passwords are random and shown once.
 */
public final class SeedingDemo {
    private static final String[][] PRODUCTS = {
        {"Groceries", "Mealie meal 25kg", "315.50"}, {"Groceries", "Kapenta 1kg", "180.00"},
        {"Groceries", "Cooking oil 2L", "89.99"}, {"Groceries", "Rice 5kg", "120.00"},
        {"Phones", "Tecno Spark 20", "2450.00"}, {"Phones", "Itel A70", "1200.00"},
        {"Phones", "USB-C charger", "85.00"}, {"Fashion", "Chitenge 6 yards", "150.00"},
        {"Fashion", "School shoes", "320.00"}, {"Home", "Charcoal brazier", "95.00"},
        {"Home", "Solar lantern", "275.00"}, {"Home", "Water container 20L", "60.00"},
    };

    private final CreatingFirstAdmin creatingFirstAdmin;
    private final RegisteringBuyer registering;
    private final AdministeringUsers administering;
    private final RunningShops runningShops;
    private final ModeratingShops moderatingShops;
    private final ManagingCategories categories;
    private final ManagingProducts products;
    private final ManagingCoupons coupons;
    private final FindingAgents findingAgents;
    private final Transactions tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SeedingDemo(CreatingFirstAdmin creatingFirstAdmin, RegisteringBuyer registering,
                       AdministeringUsers administering, RunningShops runningShops, ModeratingShops moderatingShops,
                       ManagingCategories categories, ManagingProducts products, ManagingCoupons coupons,
                       FindingAgents findingAgents, Transactions tx, Clock clock) {
        this.creatingFirstAdmin = creatingFirstAdmin;
        this.registering = registering;
        this.administering = administering;
        this.runningShops = runningShops;
        this.moderatingShops = moderatingShops;
        this.categories = categories;
        this.products = products;
        this.coupons = coupons;
        this.findingAgents = findingAgents;
        this.tx = tx;
        this.clock = clock;
    }

    /** All or nothing: one transaction, so a second run (or a failure half-way) leaves no half-made demo. */
    public Seeded seed(Principal operator) {
        return tx.inTransaction(() -> seedInOneGo(operator));
    }

    private Seeded seedInOneGo(Principal operator) {
        List<Login> logins = new ArrayList<>();
        String rootPassword = password();
        CreatingFirstAdmin.CreatedAdmin root = creatingFirstAdmin.create(operator, "Demo Super Admin", "0971000005",
                "root@demo.pakashop.zm", rootPassword);
        logins.add(new Login("SUPER_ADMIN", "+260971000005", rootPassword, root.user().id()));
        UserAccount admin = account("Demo Admin", "0971000004", Set.of(Role.ADMIN), "ADMIN", logins, operator);
        account("Demo Finance", "0971000006", Set.of(Role.FINANCE), "FINANCE", logins, operator);
        UserAccount vendor = account("Mwansa Phiri", "0961000001", Set.of(Role.BUYER, Role.VENDOR), "VENDOR", logins, operator);
        account("Chanda Mulenga", "0971000002", Set.of(Role.BUYER), "BUYER", logins, operator);
        UserAccount agent = account("Bwalya Tembo", "0951000003", Set.of(Role.BUYER, Role.AGENT), "AGENT", logins,
                operator);
        findingAgents.setTown(Principal.user(agent.id(), agent.roles()), "Lusaka", RequestContext.NONE);

        Principal staff = Principal.user(admin.id(), admin.roles());
        Principal seller = Principal.user(vendor.id(), vendor.roles());
        Shop shop = runningShops.open(seller, ShopProfile.of("Mwansa's General Dealer", "mwansa-general", "Lusaka", "Lusaka",
                "0961000001", "0961000001", "MTN", "1002003004", null, List.of(), null), RequestContext.NONE);
        moderatingShops.approve(staff, shop.id(), RequestContext.NONE);
        Map<String, Category> byName = new java.util.LinkedHashMap<>();
        for (String[] row : PRODUCTS) {
            byName.computeIfAbsent(row[0], name -> categories.add(staff, Optional.empty(), name,
                    name.toLowerCase(java.util.Locale.ROOT), RequestContext.NONE));
        }
        List<Product> listed = new ArrayList<>();
        for (String[] row : PRODUCTS) {
            Product product = products.add(seller, shop.id(), ProductDetails.of(row[1], "Demo product", byName.get(row[0]).id(),
                    row[2], "ZMW", null, null, 25L, null, Map.of(), List.of()));
            listed.add(products.edit(seller, product.id(), Optional.empty(), Optional.of(ProductStatus.ACTIVE)));
        }
        Instant now = clock.instant();
        Coupon welcome = coupons.issue(staff, Optional.empty(), "KARIBU10", new CouponTerms(DiscountKind.PERCENTAGE, 1_000,
                Money.zmw(0), Optional.of(Money.zmw(5_000)), now, now.plus(Duration.ofDays(90)), 1_000, 1,
                CouponScope.ALL, Optional.empty()), RequestContext.NONE);
        return new Seeded(logins, root.otpauthUri(), shop, listed, welcome);
    }

    private UserAccount account(String name, String phone, Set<Role> roles, String label, List<Login> logins,
                                Principal operator) {
        String password = password();
        UserAccount user = registering.register(RegisteringBuyer.Registration.of(name, phone, null, password),
                RequestContext.NONE);
        UserAccount withRoles = administering.setRoles(operator, user.id(), roles, RequestContext.NONE);
        logins.add(new Login(label, withRoles.phone().e164(), password, withRoles.id()));
        return withRoles;
    }

    /** Four short words and a number: easy to type into curl, far from the common-password list. */
    private String password() {
        String[] words = {"mango", "zambezi", "kafue", "msasa", "nshima", "kalindula", "copper", "luangwa", "chongwe",
                "mukuba", "impala", "baobab"};
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            phrase.append(words[random.nextInt(words.length)]).append('-');
        }
        return phrase.append(100 + random.nextInt(900)).toString();
    }

    public record Login(String role, String phone, String password, UUID userId) {
    }

    public record Seeded(List<Login> logins, String superAdminOtpauthUri, Shop shop, List<Product> products,
                         Coupon coupon) {
    }
}
