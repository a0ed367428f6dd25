package se.omvarld.adapter.http.api;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.application.FundingCommands;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;

/** Maps the programme and call DTOs to the core's commands, and the core's values to the DTOs. */
@Mapper(uses = CommonMapper.class)
public interface FundingMapper {

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    FundingCommands.RegisterProgramme command(FundingDtos.RegisterProgrammeRequest request, String actor,
            String municipality);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    FundingCommands.PublishCall command(FundingDtos.PublishCallRequest request, String actor, String municipality);

    FundingDtos.ProgrammeView view(FundingProgramme programme);

    @Mapping(target = "programmeId", source = "programme")
    FundingDtos.CallView view(Call call);

    /** A rate as text, in plain decimals ("0.75", never "7.5E-1"). */
    default String rate(BigDecimal rate) {
        return rate.toPlainString();
    }
}
