package com.pakashop.shell.http;

import com.pakashop.application.tracking.AgentDirectory;
import com.pakashop.application.tracking.FindingAgents;
import com.pakashop.application.tracking.ListingAssignments;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Agents' own work list and town, and the agent directory vendors dispatch from. */
final class AgentRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 20;

    private final ListingAssignments assignments;
    private final FindingAgents agents;
    private final Requests requests;

    AgentRoutes(ListingAssignments assignments, FindingAgents agents, Requests requests) {
        this.assignments = assignments;
        this.agents = agents;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/agent/deliveries", Access.CLIENT, Guard.signedIn(), this::deliveries),
                ApiRoute.put("/api/v1/agent/profile", Access.CLIENT, Guard.signedIn(), this::profile),
                ApiRoute.get("/api/v1/agents", Access.CLIENT, Guard.signedIn(), this::agents));
    }

    private void deliveries(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, ListingAssignments.MAX_PAGE);
        List<ListingAssignments.AgentDelivery> found = assignments.mine(Authorization.principal(ctx),
                Requests.cursor(ctx), limit);
        ctx.json(Page.of(found, limit, AssignmentView::of, ListingAssignments.AgentDelivery::orderId));
    }

    private void profile(Context ctx) {
        TownRequest body = requests.body(ctx, TownRequest.class);
        String town = agents.setTown(Authorization.principal(ctx), body.town(), requests.context(ctx));
        ctx.json(Map.of("town", town));
    }

    private void agents(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, FindingAgents.MAX_PAGE);
        List<AgentDirectory.Agent> found = agents.active(Authorization.principal(ctx), Requests.query(ctx, "town"),
                Requests.cursor(ctx), limit);
        ctx.json(Page.of(found, limit, AgentView::of, AgentDirectory.Agent::id));
    }

    record TownRequest(String town) {
    }

    record AgentView(String id, String name, String town) {
        static AgentView of(AgentDirectory.Agent agent) {
            return new AgentView(agent.id().toString(), agent.name(), agent.town().orElse(null));
        }
    }

    record AssignmentView(String orderId, String orderNumber, String status, PickupView pickup,
                          DestinationView destination, BuyerView buyer, Instant dispatchedAt, Instant deliveredAt) {
        static AssignmentView of(ListingAssignments.AgentDelivery d) {
            return new AssignmentView(d.orderId().toString(), d.orderNumber(), d.status().name(),
                    new PickupView(d.pickup().shopName(), d.pickup().town(), d.pickup().district(), d.pickup().phone()),
                    new DestinationView(d.destination().lat(), d.destination().lng(), d.address()),
                    new BuyerView(d.buyerFirstName(), d.buyerPhone()), d.dispatchedAt(), d.deliveredAt().orElse(null));
        }
    }

    record PickupView(String shopName, String town, String district, String phone) {
    }

    record DestinationView(double lat, double lng, String address) {
    }

    record BuyerView(String firstName, String phoneMasked) {
    }
}
