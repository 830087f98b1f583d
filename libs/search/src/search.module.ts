import { Module } from '@nestjs/common';
import { DiscussionsModule } from '@krisenfest/discussions';
import { ExperiencesModule } from '@krisenfest/experiences';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({ imports: [DiscussionsModule, ExperiencesModule], providers: [SearchService, SearchResolver] })
export class SearchModule {}
